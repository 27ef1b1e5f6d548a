import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JourneyMetricsSchema, type FailedStep, type Journey, type Lang, type PageAudit, type Report } from '../engine/model';
import { buildJourney, buildReport, journeyStepOf } from '../report';
import { parseCliArgs } from './args';
import { loadEngineBundle } from './audit-page';
import { auditTargets, type AuditedTarget } from './audit-targets';
import { CliError } from './cli-error';
import { launchBrowser } from './launch-browser';
import { CLI_TEXT, type CliText } from './messages';
import { resolveTargets } from './targets';
import { writeReport } from './write-report';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** With no target a new user still sees a real result at once. */
export const SAMPLE_PAGE = resolve(repoRoot, 'tests/fixtures/sample/demarche-exemple.html');

const log = (line: string) => process.stderr.write(line + '\n');

/** `npm run audit -- [--journey] <url-or-file ...> [--format LIST] [--out DIR] [--lang fr|en]`. Returns the exit code. */
export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    const text = CLI_TEXT[args.lang];
    if (args.help) {
      log(text.usage);
      return 0;
    }
    const targets = resolveTargets(args.targets.length ? args.targets : [SAMPLE_PAGE], cwd, text, args.journey);
    const bundle = await loadEngineBundle();
    const browser = await launchBrowser(text);
    try {
      const { audited, failed, axeVersion } = await auditTargets(browser, targets, bundle, args.lang, text, log);
      for (const { audit } of audited) log(pageSummary(audit, text));
      if (audited.length === 0) {
        log(text.nothingWritten);
        return 1;
      }
      const report = args.journey ? journeyReport(audited, failed, axeVersion, args.lang, text) : buildReport({ lang: args.lang, axeVersion, pages: audited.map((a) => a.audit) });
      if (report.journey) log(journeySummary(report.journey, text));
      const written = writeReport(report, resolve(cwd, args.out), args.formats);
      log(text.written(written.map((file) => file.path)));
      if (failed.length > 0) log(args.journey ? text.stepsNotChecked(failed.map((f) => f.index + 1)) : text.pagesLeftOut(failed.length));
      return failed.length > 0 ? 1 : 0;
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

/**
 * The targets as the successive steps of one procedure, turned into steps the way the recorder
 * does. A target that could not be audited keeps its number, as a failed step. The step audits
 * are in the journey only: the report's pages are for pages audited on their own.
 */
function journeyReport(audited: readonly AuditedTarget[], failedSteps: FailedStep[], axeVersion: string, lang: Lang, text: CliText): Report {
  const steps = audited.map((page) => journeyStepOf({ index: page.index, audit: page.audit, headings: page.headings, enteredAt: page.enteredAt }));
  const name = steps[0]?.title || text.untitledJourney;
  const startedAt = [...steps, ...failedSteps].map((s) => s.enteredAt).sort()[0] ?? new Date().toISOString();
  const journey = buildJourney({ name, lang, startedAt, endedAt: new Date().toISOString(), steps, failedSteps });
  return buildReport({ lang, axeVersion, journey });
}

function journeySummary(journey: Journey, text: CliText): string {
  const metrics = JourneyMetricsSchema.safeParse(journey.metrics);
  if (!metrics.success) return text.journeyFindings(journey.violations.length, journey.incomplete.length);
  const { steps, fields, uploads, effort } = metrics.data;
  const met = steps.recorded + steps.notChecked.length;
  return `${text.journeyMetrics(met, steps.notChecked.length, fields.all, fields.required, uploads, Math.ceil(effort.totalSeconds / 60))}\n${text.journeyFindings(journey.violations.length, journey.incomplete.length)}`;
}

function pageSummary(audit: PageAudit, text: CliText): string {
  const nodes = (rules: PageAudit['violations']) => rules.reduce((sum, rule) => sum + rule.nodes.length, 0);
  return text.pageSummary(audit.url, audit.violations.length, nodes(audit.violations), audit.incomplete.length, nodes(audit.incomplete), audit.skippedFrames.length);
}

/**
 * `npm run audit` runs in the package folder; npm keeps the folder the person typed the command
 * in as INIT_CWD, and their relative paths (files, --journey steps, --out) mean that folder. Only
 * when we run in the package folder: a program started elsewhere by an npm script inherits an
 * INIT_CWD that is not its own.
 */
export function userDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd(), packageDir = repoRoot): string {
  return env.INIT_CWD && resolve(cwd) === resolve(packageDir) ? resolve(env.INIT_CWD) : cwd;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2), userDir());
}
