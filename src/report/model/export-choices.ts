import type { PageAudit, Report } from '../../engine/model';
import { findingId, type FindingBucket, type FindingPlace } from './finding-id';

/**
 * What the person chose to leave out after the preview. Query strings and fragments are always
 * dropped (the engine already does it; we do it again so an imported report cannot bring them back).
 */
export interface ExportChoices {
  /** Finding ids, as in `FindingView.id`. */
  removeFindings?: readonly string[];
  /** Observation ids. */
  removeObservations?: readonly string[];
  /** Keep only the origin of every URL (https://service.example), dropping the path. */
  originOnly?: boolean;
}

export function applyExportChoices(report: Report, choices: ExportChoices = {}): Report {
  const removed = new Set(choices.removeFindings ?? []);
  const removedObservations = new Set(choices.removeObservations ?? []);
  const url = (raw: string) => stripUrl(raw, choices.originOnly ?? false);
  // The view counts an audit listed both as a page and as a step once, under the page's id.
  const pageIndex = new Map(report.pages.map((p, index) => [`${p.url}|${p.auditedAt}`, index]));
  const audit = (a: PageAudit, place: FindingPlace): PageAudit => {
    const samePage = pageIndex.get(`${a.url}|${a.auditedAt}`);
    const places: FindingPlace[] = samePage === undefined ? [place] : [place, { kind: 'page', index: samePage }];
    return auditWith(a, places);
  };
  const auditWith = (a: PageAudit, places: FindingPlace[]): PageAudit => ({
    ...a,
    url: url(a.url),
    violations: keep(a.violations, places, 'violations', removed),
    incomplete: keep(a.incomplete, places, 'incomplete', removed),
    skippedFrames: a.skippedFrames.map((f) => ({ ...f, url: url(f.url) })),
  });
  return {
    ...report,
    pages: report.pages.map((page, index) => audit(page, { kind: 'page', index })),
    ...(report.journey
      ? {
          journey: {
            ...report.journey,
            steps: report.journey.steps.map((step) => ({ ...step, url: url(step.url), audit: audit(step.audit, { kind: 'step', index: step.index }) })),
            ...(report.journey.failedSteps ? { failedSteps: report.journey.failedSteps.map((step) => ({ ...step, url: url(step.url) })) } : {}),
            violations: keep(report.journey.violations, [{ kind: 'journey' }], 'violations', removed),
            incomplete: keep(report.journey.incomplete, [{ kind: 'journey' }], 'incomplete', removed),
          },
        }
      : {}),
    observations: report.observations.filter((o) => !removedObservations.has(o.id)),
  };
}

function keep<T extends { id: string }>(rules: readonly T[], places: readonly FindingPlace[], bucket: FindingBucket, removed: ReadonlySet<string>): T[] {
  return rules.filter((rule) => !places.some((place) => removed.has(findingId(place, bucket, rule.id))));
}

/** Drops credentials, query and fragment; with `originOnly`, the path too. Unparsable text loses everything after ? or #. */
export function stripUrl(raw: string, originOnly: boolean): string {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return raw.split(/[?#]/)[0] ?? '';
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
    return originOnly ? parsed.origin : parsed.origin + parsed.pathname;
  }
  if (parsed.protocol === 'file:') return originOnly ? 'file://' : raw.split(/[?#]/)[0] ?? '';
  return raw.split(/[?#]/)[0] ?? '';
}
