import type { Browser, Page } from 'playwright-core';
import type { Lang, PageAudit } from '../engine/model';
import { auditOpenPage } from './audit-page';
import type { CliText } from './messages';
import { readHeadings } from './read-headings';
import type { AuditTarget } from './targets';

export interface AuditedTarget {
  audit: PageAudit;
  /** h1/h2 texts, for a journey step. */
  headings: string[];
  /** When the page was opened: a journey step's enteredAt. */
  enteredAt: string;
}

export interface TargetsOutcome {
  audited: AuditedTarget[];
  axeVersion: string;
  failures: number;
}

/** Opens and audits each target in turn, in one browser context; a target that fails is said and skipped. */
export async function auditTargets(browser: Browser, targets: readonly AuditTarget[], bundle: string, lang: Lang, text: CliText, log: (line: string) => void): Promise<TargetsOutcome> {
  const context = await browser.newContext();
  const audited: AuditedTarget[] = [];
  let axeVersion = '';
  let failures = 0;
  for (const [index, target] of targets.entries()) {
    log(text.auditing(index + 1, targets.length, target.label));
    const page = await context.newPage();
    try {
      const enteredAt = new Date().toISOString();
      const problem = await openPage(page, target, text);
      if (problem) {
        log(problem);
        failures += 1;
        continue;
      }
      const outcome = await auditOpenPage(page, bundle, { lang });
      audited.push({ audit: outcome.audit, headings: await readHeadings(page), enteredAt });
      axeVersion = outcome.axeVersion;
    } catch (error) {
      log(text.auditFailed(target.label, firstLine(error)));
      failures += 1;
    } finally {
      await page.close();
    }
  }
  await context.close();
  return { audited, axeVersion, failures };
}

/** Opens a target; returns a one-line explanation when it cannot be audited. */
async function openPage(page: Page, target: AuditTarget, text: CliText): Promise<string | null> {
  try {
    const response = await page.goto(target.url, { waitUntil: 'load', timeout: 60_000 });
    if (response && response.status() >= 400) return text.httpError(target.label, response.status());
    return null;
  } catch (error) {
    return text.unreachable(target.label, firstLine(error).replace(/^page\.goto:\s*/, '').replace(/ at .*$/, ''));
  }
}

/** Errors are said in one line: a long regular expression or stack must not flood the terminal. */
export function firstLine(error: unknown): string {
  const line = ((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').trim();
  return line.length > 200 ? line.slice(0, 200) + '…' : line;
}
