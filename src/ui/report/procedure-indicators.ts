import type { Report } from '../../engine/model';

/**
 * The few numbers a person reads first about a procedure (DOMAIN.md §4), with the Observatoire
 * colour where one applies. Metrics are open records whose producers evolve, so they are read
 * loosely: a missing number leaves its indicator out rather than showing a guess.
 */
export type IndicatorLevel = 'green' | 'orange' | 'red';
export type IndicatorKey = 'steps' | 'fields' | 'requiredFields' | 'uploads' | 'effortMinutes' | 'alreadyKnown' | 'account' | 'digitalIdentity' | 'email' | 'mobilePhone' | 'captcha';

export interface Indicator {
  key: IndicatorKey;
  value: number;
  level?: IndicatorLevel;
  /** For requirements: false when only a "to check" finding shows it. */
  certain?: boolean;
  /** Some steps could not be checked: the real number may be higher. */
  atLeast?: true;
}

// Counts that steps not checked can only add to.
const COUNTS: ReadonlySet<IndicatorKey> = new Set(['steps', 'fields', 'requiredFields', 'uploads', 'effortMinutes', 'alreadyKnown']);

/** demarches-simplifiees estimate, as the journey analysis uses: 5 s per simple field, 180 s per upload. */
const SECONDS_PER_FIELD = 5;
const SECONDS_PER_UPLOAD = 180;
const REQUIREMENTS = ['account', 'digitalIdentity', 'email', 'mobilePhone', 'captcha'] as const;

export function procedureIndicators(report: Report): Indicator[] {
  return report.journey ? journeyIndicators(report.journey.metrics, report.journey.steps.length) : pagesIndicators(report);
}

function journeyIndicators(m: Readonly<Record<string, unknown>>, stepCount: number): Indicator[] {
  const out: Indicator[] = [];
  push(out, 'steps', num(m, 'steps', 'distinctScreens') ?? num(m, 'steps') ?? stepCount);
  push(out, 'fields', num(m, 'fields', 'all') ?? num(m, 'fields', 'total') ?? num(m, 'fields'));
  push(out, 'requiredFields', num(m, 'fields', 'required'));
  push(out, 'uploads', num(m, 'uploads'));
  const seconds = num(m, 'effort', 'totalSeconds');
  const minutes = seconds !== undefined ? seconds / 60 : (num(m, 'estimatedMinutes', 'value') ?? num(m, 'estimatedMinutes'));
  push(out, 'effortMinutes', minutes === undefined ? undefined : Math.round(minutes), toIndicatorLevel(at(m, 'estimatedMinutes', 'level')));
  const known = num(m, 'alreadyKnown', 'count');
  push(out, 'alreadyKnown', known, toIndicatorLevel(at(m, 'alreadyKnown', 'colour')) ?? (known === undefined ? undefined : alreadyKnownLevel(known)));
  for (const key of REQUIREMENTS) {
    const requirement = at(m, 'requirements', key);
    if (!isRecord(requirement) || requirement.met !== true) continue;
    const certain = requirement.certain === true;
    out.push({ key, value: 1, level: certain ? 'red' : 'orange', certain });
  }
  return m.lowerBound === true ? out.map(atLeast) : out;
}

/** A minimum: "green" (few) cannot be said of it, since the steps not checked may add more. */
function atLeast(indicator: Indicator): Indicator {
  if (!COUNTS.has(indicator.key)) return indicator;
  const { level, ...rest } = indicator;
  return level === 'green' ? { ...rest, atLeast: true } : { ...indicator, atLeast: true };
}

function pagesIndicators(report: Report): Indicator[] {
  const sum = (...path: string[]) => {
    const values = report.pages.map((p) => num(p.metrics, ...path)).filter((v): v is number => v !== undefined);
    return values.length ? values.reduce((a, b) => a + b, 0) : undefined;
  };
  const out: Indicator[] = [];
  if (report.pages.length > 1) push(out, 'steps', report.pages.length);
  const fields = sum('fields', 'visible') ?? sum('fields', 'total');
  const uploads = sum('uploads');
  push(out, 'fields', fields);
  push(out, 'requiredFields', sum('fields', 'required'));
  push(out, 'uploads', uploads);
  if (fields !== undefined) {
    const simple = Math.max(0, fields - (uploads ?? 0));
    push(out, 'effortMinutes', Math.ceil((simple * SECONDS_PER_FIELD + (uploads ?? 0) * SECONDS_PER_UPLOAD) / 60));
  }
  const known = sum('alreadyKnown', 'count');
  push(out, 'alreadyKnown', known, known === undefined ? undefined : alreadyKnownLevel(known));
  return out;
}

/** Observatoire "Dites-le-nous une fois": 0-1 green, 2-4 orange, 5 or more red. */
export function alreadyKnownLevel(count: number): IndicatorLevel {
  return count <= 1 ? 'green' : count <= 4 ? 'orange' : 'red';
}

function push(out: Indicator[], key: IndicatorKey, value: number | undefined, lvl?: IndicatorLevel): void {
  if (value === undefined || !Number.isFinite(value)) return;
  out.push({ key, value, ...(lvl ? { level: lvl } : {}) });
}

/** The journey analysis says 'yellow' where the Observatoire's page shows orange. */
export function toIndicatorLevel(raw: unknown): IndicatorLevel | undefined {
  if (raw === 'green' || raw === 'vert') return 'green';
  if (raw === 'yellow' || raw === 'orange' || raw === 'jaune') return 'orange';
  if (raw === 'red' || raw === 'rouge') return 'red';
  return undefined;
}

function at(record: unknown, ...path: string[]): unknown {
  let current = record;
  for (const key of path) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

function num(record: unknown, ...path: string[]): number | undefined {
  const value = at(record, ...path);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
