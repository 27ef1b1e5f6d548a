import { z } from 'zod';
import type { BarrierId } from '../model/barriers';
import type { JourneyStep } from '../model/report';
import { StepFieldSchema, StepIndicatorSchema, StepSignalsSchema, type StepField, type StepIndicator, type StepSignals } from './step-structure';

/**
 * One recorded step as the journey analysis sees it. Page metrics are a loose record written by
 * several versions of the engine: every key is read tolerantly, and a missing or malformed key
 * means "not known", never a crash.
 */
export interface StepView {
  index: number;
  url: string;
  /** Same screen seen again (a revisit after an error, or "change" from the summary). */
  screenKey: string;
  fields: StepField[];
  /** False when the audit carried no per-field structure (older records). */
  fieldsKnown: boolean;
  fieldCount: number;
  requiredCount: number;
  uploads: number;
  signals: StepSignals | null;
  indicator: StepIndicator | null;
  barriers: { certain: Set<BarrierId>; possible: Set<BarrierId> };
  timeSpentMs?: number;
}

const LooseFields = z.array(z.unknown()).catch([]);
const LegacyFields = z
  .object({ total: z.number().optional(), visible: z.number().optional(), required: z.number().optional() })
  .nullable()
  .catch(null);
const LegacyUploads = z.union([z.number(), z.object({ count: z.number() }).transform((u) => u.count)]).nullable().catch(null);

export function readStep(step: JourneyStep): StepView {
  const metrics = step.audit.metrics ?? {};
  const rawFields = metrics['fieldsAsked'];
  const fields = LooseFields.parse(rawFields).flatMap((raw) => {
    const parsed = StepFieldSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
  const fieldsKnown = Array.isArray(rawFields);
  const legacy = LegacyFields.parse(metrics['fields'] ?? null);
  const signals = StepSignalsSchema.nullable().catch(null).parse(metrics['stepSignals'] ?? null);
  const indicator = StepIndicatorSchema.nullable().catch(null).parse(metrics['stepIndicator'] ?? null) ?? signals?.indicator ?? null;
  return {
    index: step.index,
    url: step.url,
    screenKey: screenKeyOf(step, fields),
    fields,
    fieldsKnown,
    fieldCount: fieldsKnown ? fields.length : (legacy?.visible ?? legacy?.total ?? 0),
    requiredCount: fieldsKnown ? fields.filter((f) => f.required).length : (legacy?.required ?? 0),
    uploads: fieldsKnown ? fields.filter((f) => f.upload).length : (LegacyUploads.parse(metrics['uploads'] ?? null) ?? 0),
    signals,
    indicator: indicator && indicator.current <= 99 ? indicator : null,
    barriers: barriersOf(step),
    ...(step.timeSpentMs === undefined ? {} : { timeSpentMs: step.timeSpentMs }),
  };
}

/** Redacted URL plus what the screen asks (or its first heading when it asks nothing). */
function screenKeyOf(step: JourneyStep, fields: readonly StepField[]): string {
  const asked = fields.map((f) => `${f.name ?? ''}:${f.normalizedLabel}`).sort().join(',');
  return `${step.url}|${asked || (step.headings[0] ?? step.title)}`;
}

function barriersOf(step: JourneyStep): StepView['barriers'] {
  const certain = new Set<BarrierId>(step.audit.violations.flatMap((r) => r.barriers));
  const possible = new Set<BarrierId>(step.audit.incomplete.flatMap((r) => r.barriers));
  return { certain, possible };
}

export function readSteps(steps: readonly JourneyStep[]): StepView[] {
  return [...steps].sort((a, b) => a.index - b.index).map(readStep);
}

/** Steps that ask something or carry an indicator: the screens a step indicator counts. */
export function isFormScreen(view: StepView): boolean {
  return view.fieldCount > 0 || view.indicator !== null;
}

/**
 * What the last screen proves was done. A summary to check before sending quotes the person's
 * earlier file numbers ("Previous application number 502135326"): that is no receipt, so a
 * summary that is not also a confirmation acknowledges nothing.
 */
export function acknowledgementOf(view: StepView | undefined): { confirmation: boolean; reference: boolean } {
  const signals = view?.signals;
  if (!signals || (signals.summary && !signals.confirmation)) return { confirmation: false, reference: false };
  return { confirmation: signals.confirmation, reference: signals.reference };
}
