import type { Lang } from './model/lang';
import type { PageAudit } from './model/result';
import type { Rule, RuleContext } from './model/rule';
import { runAxe } from './axe/run-axe';
import { fromAxeResults } from './axe/convert';
import { redactUrl } from './dom/redact-url';
import { readingPage } from './dom/read-once';
import { rules as registeredRules } from './rules';
import { runRules } from './rules/run-rules';
import { maskPersonalData } from './privacy/mask-personal-data';
import { pageMetrics } from './metrics/page-metrics';
import { readabilityMetrics } from './metrics/readability-metrics';
import { collectStepFields } from './journey/collect-step-fields';
import { collectStepSignals } from './journey/collect-step-signals';

export interface AuditOptions {
  lang: Lang;
  /** Run axe-core (default). Off for heuristic-only runs, such as unit tests in happy-dom. */
  axe?: boolean;
  /** Run our heuristics (default). Off to time axe alone in the benchmark. */
  heuristics?: boolean;
  rules?: readonly Rule[];
  profile?: RuleContext['profile'];
}

/** Audits one document (one frame): axe-core plus our heuristics, as plain JSON. */
export async function runAudit(doc: Document, options: AuditOptions): Promise<PageAudit> {
  const started = performance.now();
  const auditedAt = new Date().toISOString();
  const axeStarted = performance.now();
  const axeBuckets = options.axe === false ? emptyBuckets() : fromAxeResults(await runAxe(doc, options.lang));
  const axeMs = performance.now() - axeStarted;

  const heuristicsStarted = performance.now();
  const ctx: RuleContext = { lang: options.lang, profile: options.profile ?? 'general' };
  // One synchronous read of the page: what several rules derive from the same node is derived once.
  const { ours, metrics } = readingPage(() => ({
    ours: options.heuristics === false ? { ...emptyBuckets(), errors: [] } : runRules(doc, options.rules ?? registeredRules, ctx),
    // fieldsAsked and stepSignals carry what the journey analysis compares across steps.
    metrics: options.heuristics === false ? {} : { ...pageMetrics(doc), fieldsAsked: collectStepFields(doc), stepSignals: collectStepSignals(doc), readability: readabilityMetrics(doc, options.lang) },
  }));
  const heuristicsMs = performance.now() - heuristicsStarted;

  return {
    url: redactUrl(doc.URL),
    // A confirmation page's title can carry a file number or the person's name.
    title: maskPersonalData((doc.title ?? '').trim()),
    lang: doc.documentElement.getAttribute('lang') ?? '',
    auditedAt,
    durationMs: round(performance.now() - started),
    timings: { axeMs: round(axeMs), heuristicsMs: round(heuristicsMs) },
    violations: [...axeBuckets.violations, ...ours.violations],
    incomplete: [...axeBuckets.incomplete, ...ours.incomplete],
    passes: [...axeBuckets.passes, ...ours.passes],
    inapplicable: [...axeBuckets.inapplicable, ...ours.inapplicable],
    metrics,
    auditedFrames: 1,
    skippedFrames: [],
    errors: ours.errors,
  };
}

function emptyBuckets(): Pick<PageAudit, 'violations' | 'incomplete' | 'passes' | 'inapplicable'> {
  return { violations: [], incomplete: [], passes: [], inapplicable: [] };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
