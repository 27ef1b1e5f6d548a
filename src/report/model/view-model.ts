import {
  BARRIER_IDS,
  BARRIER_TEXT,
  formatMessage,
  IMPACT_ORDER,
  type BarrierId,
  type Impact,
  type Journey,
  type Lang,
  type NodeResult,
  type PageAudit,
  type Report,
  type RuleResult,
  type Source,
  type Target,
} from '../../engine/model';
import { evidenceEntries } from './evidence-labels';
import { failedStepReason, skippedFrameReason } from './failed-step-reason';
import { findingId, type FindingBucket, type FindingPlace } from './finding-id';
import { HUMAN_CHECKS } from './human-checks';
import { LABELS, type ReportLabels } from './labels';
import { legalReferencesFor, type LegalReference } from './legal-references';
import { metricViews, type MetricView } from './metric-view';
import { SUMMARY_SENTENCES } from './summary-sentences';
import { referencesFromTags, type TagReferences } from './tag-references';

/**
 * The filing-ready view of a report: what every export and the report page show, computed once.
 * Pure and deterministic (dates are formatted in UTC) so that golden files stay stable. There is
 * deliberately no overall grade (DOMAIN.md §5).
 */
export type FindingOutcome = 'fail' | 'review';

export interface NodeView {
  target: string;
  html: string;
  message: string;
  evidence: Array<[string, string]>;
}

export interface FindingView {
  id: string;
  place: FindingPlace;
  /** "Page 1", "Étape 2", "Tout le parcours" */
  placeLabel: string;
  pageUrl: string;
  pageTitle: string;
  ruleId: string;
  source: Source;
  outcome: FindingOutcome;
  impact: Impact | null;
  barriers: BarrierId[];
  description: string;
  help: string;
  helpUrl?: string;
  refs: TagReferences & { legal: readonly LegalReference[] };
  nodes: NodeView[];
}

export interface SummaryLine {
  barrier: BarrierId;
  outcome: FindingOutcome;
  name: string;
  sentence: string;
  findingCount: number;
}

export interface BarrierSection {
  barrier: BarrierId;
  name: string;
  whoIsBlocked: string;
  legal: readonly LegalReference[];
  findings: FindingView[];
}

export interface ObservationView {
  id: string;
  barrier: BarrierId;
  barrierName: string;
  placeLabel: string;
  text: string;
  createdAt: string;
}

/** An audit: a page audited on its own, or a journey step's. */
export interface PageView {
  index: number;
  /** "Page 1", "Étape 2". */
  label: string;
  url: string;
  title: string;
  auditedAt: string;
  skippedFrames: Array<{ url: string; reason: string }>;
  errors: Array<{ ruleId: string; message: string }>;
  metrics: MetricView[];
}

export interface JourneyView {
  name: string;
  startedAt: string;
  endedAt?: string;
  /** Audited and failed steps, in their order. */
  steps: StepView[];
  /** "4 étapes, dont 1 non vérifiée" */
  countLabel: string;
  /** When steps could not be audited: what the report therefore does not say. */
  failedNote?: string;
  metrics: MetricView[];
}

export interface StepView {
  index: number;
  title: string;
  url: string;
  timeSpentMs?: number;
  /** Why the step could not be audited, in words; absent for an audited step. */
  failed?: string;
}

export interface ReportView {
  lang: Lang;
  labels: ReportLabels;
  title: string;
  procedure: string;
  createdAt: string;
  dateLabel: string;
  tool: Report['tool'];
  summary: SummaryLine[];
  /** True when no automated check found anything to report or to check. */
  empty: boolean;
  humanChecks: readonly string[];
  barriers: BarrierSection[];
  findings: FindingView[];
  observations: ObservationView[];
  pages: PageView[];
  journey?: JourneyView;
}

export function buildReportView(report: Report, lang: Lang = report.lang): ReportView {
  const labels = LABELS[lang];
  const audits = placedAudits(report, lang);
  const findings = collectFindings(report, audits, lang);
  const procedure = report.journey?.name || report.pages[0]?.title || report.journey?.steps[0]?.title || report.pages[0]?.url || '';
  return {
    lang,
    labels,
    title: procedure ? `${labels.reportTitle}${lang === 'fr' ? ' : ' : ': '}${procedure}` : labels.reportTitle,
    procedure,
    createdAt: report.createdAt,
    dateLabel: formatDate(report.createdAt, lang),
    tool: report.tool,
    summary: summarize(findings, lang),
    empty: findings.length === 0,
    humanChecks: HUMAN_CHECKS[lang],
    barriers: barrierSections(findings, lang),
    findings,
    observations: report.observations.map((o) => ({
      id: o.id,
      barrier: o.barrier,
      barrierName: BARRIER_TEXT[lang][o.barrier].name,
      placeLabel: o.stepIndex === undefined ? (report.journey ? labels.journeyWide : labels.general) : `${report.journey ? labels.step : labels.page} ${o.stepIndex + 1}`,
      text: o.text,
      createdAt: o.createdAt,
    })),
    pages: pageViews(audits, lang),
    ...(report.journey
      ? {
          journey: {
            name: report.journey.name,
            startedAt: report.journey.startedAt,
            ...(report.journey.endedAt ? { endedAt: report.journey.endedAt } : {}),
            steps: stepViews(report.journey, lang),
            ...stepCounts(report.journey, labels, lang),
            metrics: metricViews(report.journey.metrics, lang),
          },
        }
      : {}),
  };
}

interface PlacedAudit {
  audit: PageAudit;
  place: FindingPlace;
  /** "Page 1", "Étape 2" */
  label: string;
}

/**
 * Every audit of the report once: its pages, then the journey steps' audits. Reports written
 * before step audits were kept in journey.steps only list them as pages too: such a page keeps
 * its place (finding ids do not change) but is named by its step, and is not listed again.
 */
function placedAudits(report: Report, lang: Lang): PlacedAudit[] {
  const labels = LABELS[lang];
  const stepOfAudit = new Map((report.journey?.steps ?? []).map((step) => [auditKey(step.audit), step.index]));
  const placed: PlacedAudit[] = report.pages.map((page, index) => {
    const step = stepOfAudit.get(auditKey(page));
    return { audit: page, place: { kind: 'page', index }, label: step === undefined ? `${labels.page} ${index + 1}` : `${labels.step} ${step + 1}` };
  });
  const listed = new Set(report.pages.map(auditKey));
  for (const step of report.journey?.steps ?? []) {
    if (!listed.has(auditKey(step.audit))) placed.push({ audit: step.audit, place: { kind: 'step', index: step.index }, label: `${labels.step} ${step.index + 1}` });
  }
  return placed;
}

const auditKey = (audit: PageAudit) => `${audit.url}|${audit.auditedAt}`;

function pageViews(audits: readonly PlacedAudit[], lang: Lang): PageView[] {
  return audits.map(({ audit, label }, index) => ({
    index,
    label,
    url: audit.url,
    title: audit.title,
    auditedAt: audit.auditedAt,
    skippedFrames: audit.skippedFrames.map((frame) => ({ url: frame.url, reason: skippedFrameReason(frame.reason, lang) })),
    errors: audit.errors,
    metrics: metricViews(audit.metrics, lang),
  }));
}

function stepCounts(journey: Journey, labels: ReportLabels, lang: Lang): Pick<JourneyView, 'countLabel' | 'failedNote'> {
  const failed = journey.failedSteps?.length ?? 0;
  const all = formatMessage(labels.stepCount, { n: journey.steps.length + failed }, lang);
  if (failed === 0) return { countLabel: all };
  return { countLabel: `${all}, ${formatMessage(labels.notCheckedCount, { n: failed }, lang)}`, failedNote: formatMessage(labels.notCheckedNote, { n: failed }, lang) };
}

/** The steps a person goes through, audited or not, in their order. */
function stepViews(journey: Journey, lang: Lang): StepView[] {
  const audited: StepView[] = journey.steps.map((s) => ({
    index: s.index,
    title: s.title,
    url: s.url,
    ...(s.timeSpentMs === undefined ? {} : { timeSpentMs: s.timeSpentMs }),
  }));
  const failed: StepView[] = (journey.failedSteps ?? []).map((s) => ({ index: s.index, title: '', url: s.url, failed: failedStepReason(s.error, lang) }));
  return [...audited, ...failed].sort((a, b) => a.index - b.index);
}

function collectFindings(report: Report, audits: readonly PlacedAudit[], lang: Lang): FindingView[] {
  const labels = LABELS[lang];
  const out: FindingView[] = [];
  for (const { audit, place, label } of audits) {
    addRules(out, audit.violations, 'violations', place, label, audit, lang);
    addRules(out, audit.incomplete, 'incomplete', place, label, audit, lang);
  }
  if (report.journey) {
    const where = { url: report.journey.steps[0]?.url ?? '', title: report.journey.name };
    addRules(out, report.journey.violations, 'violations', { kind: 'journey' }, labels.journeyWide, where, lang);
    addRules(out, report.journey.incomplete, 'incomplete', { kind: 'journey' }, labels.journeyWide, where, lang);
  }
  return out;
}

function addRules(
  out: FindingView[],
  rules: readonly RuleResult[],
  bucket: FindingBucket,
  place: FindingPlace,
  placeLabel: string,
  where: { url: string; title: string },
  lang: Lang,
): void {
  for (const rule of rules) {
    out.push({
      id: findingId(place, bucket, rule.id),
      place,
      placeLabel,
      pageUrl: where.url,
      pageTitle: where.title,
      ruleId: rule.id,
      source: rule.source,
      outcome: bucket === 'violations' ? 'fail' : 'review',
      impact: rule.impact,
      barriers: sortBarriers(rule.barriers),
      description: rule.description,
      help: rule.help,
      ...(rule.helpUrl ? { helpUrl: rule.helpUrl } : {}),
      refs: { ...referencesFromTags(rule.tags), legal: legalReferencesFor(rule.barriers) },
      nodes: rule.nodes.map((node) => nodeView(node, lang)),
    });
  }
}

export function formatTarget(target: Target): string {
  return target.map((level) => (Array.isArray(level) ? level.join(' >>> ') : level)).join(' | ');
}

/**
 * A journey finding's target starts with the step's internal id (`step-1`, 0-based, as EARL keeps
 * it); a reader sees the step as the rest of the report names it (« Étape 2 »).
 */
function shownTarget(target: Target, lang: Lang): string {
  const step = typeof target[0] === 'string' ? /^step-(\d+)$/.exec(target[0]) : null;
  if (!step) return formatTarget(target);
  return [`${LABELS[lang].step} ${Number(step[1]) + 1}`, ...(target.length > 1 ? [formatTarget(target.slice(1))] : [])].join(' | ');
}

function nodeView(node: NodeResult, lang: Lang): NodeView {
  const checks = [...node.any, ...node.all, ...node.none].map((c) => c.message).filter(Boolean);
  return {
    target: shownTarget(node.target, lang),
    html: node.html,
    message: node.failureSummary?.trim() || checks.join(lang === 'fr' ? ' ; ' : '; '),
    evidence: evidenceEntries(node.evidence, lang),
  };
}

function sortBarriers(barriers: readonly BarrierId[]): BarrierId[] {
  return [...barriers].sort((a, b) => BARRIER_IDS.indexOf(a) - BARRIER_IDS.indexOf(b));
}

const impactRank = (impact: Impact | null) => (impact ? IMPACT_ORDER.indexOf(impact) : IMPACT_ORDER.length);

function summarize(findings: readonly FindingView[], lang: Lang): SummaryLine[] {
  const lines: SummaryLine[] = [];
  for (const outcome of ['fail', 'review'] as const) {
    for (const barrier of BARRIER_IDS) {
      const count = findings.filter((f) => f.outcome === outcome && f.barriers.includes(barrier)).length;
      // A barrier already found for certain is not repeated as "to check".
      if (count === 0 || lines.some((l) => l.barrier === barrier)) continue;
      lines.push({
        barrier,
        outcome,
        name: BARRIER_TEXT[lang][barrier].name,
        sentence: SUMMARY_SENTENCES[lang][barrier],
        findingCount: count,
      });
    }
  }
  return lines;
}

function barrierSections(findings: readonly FindingView[], lang: Lang): BarrierSection[] {
  const byBarrier = new Map<BarrierId, FindingView[]>();
  for (const finding of findings) {
    for (const barrier of finding.barriers) {
      const list = byBarrier.get(barrier) ?? [];
      list.push(finding);
      byBarrier.set(barrier, list);
    }
  }
  return BARRIER_IDS.filter((b) => byBarrier.has(b)).map((barrier) => ({
    barrier,
    name: BARRIER_TEXT[lang][barrier].name,
    whoIsBlocked: BARRIER_TEXT[lang][barrier].whoIsBlocked,
    legal: legalReferencesFor([barrier]),
    // Certain findings first, then the most severe.
    findings: [...(byBarrier.get(barrier) ?? [])].sort(
      (a, b) => Number(a.outcome === 'review') - Number(b.outcome === 'review') || impactRank(a.impact) - impactRank(b.impact),
    ),
  }));
}

export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
