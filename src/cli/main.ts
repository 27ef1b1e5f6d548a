import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import type { PageAudit } from '../engine/model';
import { buildReport } from '../report';
import { parseCliArgs } from './args';
import { auditOpenPage, loadEngineBundle } from './audit-page';
import { CliError } from './cli-error';
import { launchBrowser } from './launch-browser';
import { CLI_TEXT, type CliText } from './messages';
import { resolveTargets, type AuditTarget } from './targets';
import { writeReport } from './write-report';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** With no target a new user still sees a real result at once. */
export const SAMPLE_PAGE = resolve(repoRoot, 'tests/fixtures/sample/demarche-exemple.html');

const log = (line: string) => process.stderr.write(line + '\n');

/** `npm run audit -- <url-or-file ...> [--out DIR] [--lang fr|en]`. Returns the exit code. */
export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    const text = CLI_TEXT[args.lang];
    if (args.help) {
      log(text.usage);
      return 0;
    }
    const targets = resolveTargets(args.targets.length ? args.targets : [SAMPLE_PAGE], cwd, text);
    const bundle = await loadEngineBundle();
    const browser = await launchBrowser(text);
    try {
      const { audits, axeVersion, failures } = await auditTargets(browser, targets, bundle, args.lang, text);
      for (const audit of audits) log(pageSummary(audit, text));
      if (audits.length === 0) {
        log(text.nothingWritten);
        return 1;
      }
      const written = writeReport(buildReport({ lang: args.lang, axeVersion, pages: audits }), resolve(cwd, args.out));
      log(text.written(written.json, written.html));
      return failures > 0 ? 1 : 0;
    } finally {
      await browser.close();
    }
  } catch (error) {
    if (error instanceof CliError) {
      log(error.message);
      return error.exitCode;
    }
    throw error;
  }
}

async function auditTargets(browser: Browser, targets: readonly AuditTarget[], bundle: string, lang: 'fr' | 'en', text: CliText) {
  const context = await browser.newContext();
  const audits: PageAudit[] = [];
  let axeVersion = '';
  let failures = 0;
  for (const [index, target] of targets.entries()) {
    log(text.auditing(index + 1, targets.length, target.label));
    const page = await context.newPage();
    try {
      const problem = await openPage(page, target, text);
      if (problem) {
        log(problem);
        failures += 1;
        continue;
      }
      const outcome = await auditOpenPage(page, bundle, { lang });
      audits.push(outcome.audit);
      axeVersion = outcome.axeVersion;
    } catch (error) {
      log(text.auditFailed(target.label, firstLine(error)));
      failures += 1;
    } finally {
      await page.close();
    }
  }
  await context.close();
  return { audits, axeVersion, failures };
}

/** Opens a target; returns a one-line explanation when it cannot be audited. */
async function openPage(page: import('playwright-core').Page, target: AuditTarget, text: CliText): Promise<string | null> {
  try {
    const response = await page.goto(target.url, { waitUntil: 'load', timeout: 60_000 });
    if (response && response.status() >= 400) return text.httpError(target.label, response.status());
    return null;
  } catch (error) {
    return text.unreachable(target.label, firstLine(error).replace(/^page\.goto:\s*/, '').replace(/ at .*$/, ''));
  }
}

function pageSummary(audit: PageAudit, text: CliText): string {
  const nodes = (rules: PageAudit['violations']) => rules.reduce((sum, rule) => sum + rule.nodes.length, 0);
  return text.pageSummary(audit.url, audit.violations.length, nodes(audit.violations), audit.incomplete.length, nodes(audit.incomplete), audit.skippedFrames.length);
}

/** Errors are said in one line: a long regular expression or stack must not flood the terminal. */
function firstLine(error: unknown): string {
  const line = ((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').trim();
  return line.length > 200 ? line.slice(0, 200) + '…' : line;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
