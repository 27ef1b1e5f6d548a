import type { Browser, Page } from 'playwright-core';
import { redactUrlsIn } from '../engine/dom/redact-url';
import type { FailedStep, Lang, PageAudit } from '../engine/model';
import { auditOpenPage } from './audit-page';
import type { CliText } from './messages';
import { readHeadings } from './read-headings';
import type { AuditTarget } from './targets';

export interface AuditedTarget {
  /** The target's place among those given: a journey step's index. */
  index: number;
  audit: PageAudit;
  /** h1/h2 texts, for a journey step. */
  headings: string[];
  /** When the page was opened: a journey step's enteredAt. */
  enteredAt: string;
}

export interface TargetsOutcome {
  audited: AuditedTarget[];
  /** The targets that could not be opened or audited, in the recorder's shape, numbered with the others. */
  failed: FailedStep[];
  axeVersion: string;
}

/** Opens and audits each target in turn, in one browser context; a target that fails is said and set apart. */
export async function auditTargets(browser: Browser, targets: readonly AuditTarget[], bundle: string, lang: Lang, text: CliText, log: (line: string) => void): Promise<TargetsOutcome> {
  const context = await browser.newContext();
  const audited: AuditedTarget[] = [];
  const failed: FailedStep[] = [];
  let axeVersion = '';
  for (const [index, target] of targets.entries()) {
    log(text.auditing(index + 1, targets.length, target.label));
    const enteredAt = new Date().toISOString();
    const fail = (problem: { error: string; message: string }) => {
      log(problem.message);
      failed.push({ index, url: target.label, enteredAt, error: problem.error });
    };
    if (target.unopenable) {
      fail(target.unopenable);
      continue;
    }
    const page = await context.newPage();
    try {
      const problem = await openPage(page, target, text);
      if (problem) {
        fail(problem);
        continue;
      }
      const outcome = await auditOpenPage(page, bundle, { lang });
      audited.push({ index, audit: outcome.audit, headings: await readHeadings(page), enteredAt });
      axeVersion = outcome.axeVersion;
    } catch (error) {
      // The message may quote the page: the report keeps only our code.
      fail({ error: 'audit-failed', message: text.auditFailed(target.label, firstLine(error)) });
    } finally {
      await page.close();
    }
  }
  await context.close();
  return { audited, failed, axeVersion };
}

/**
 * Opens a target; when it cannot be audited, says why: a line for the terminal and, for the
 * report, `http-<status>` or the browser's own words (net::ERR_…) with any address redacted.
 */
async function openPage(page: Page, target: AuditTarget, text: CliText): Promise<{ error: string; message: string } | null> {
  try {
    const response = await page.goto(target.url, { waitUntil: 'load', timeout: 60_000 });
    if (response && response.status() >= 400) return { error: `http-${response.status()}`, message: text.httpError(target.label, response.status()) };
    return null;
  } catch (error) {
    const detail = firstLine(error).replace(/^page\.goto:\s*/, '').replace(/ at .*$/, '');
    return { error: redactUrlsIn(detail), message: text.unreachable(target.label, detail) };
  }
}

/** Errors are said in one line: a long regular expression or stack must not flood the terminal. */
export function firstLine(error: unknown): string {
  const line = ((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').trim();
  return line.length > 200 ? line.slice(0, 200) + '…' : line;
}
