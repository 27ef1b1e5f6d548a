import { z } from 'zod';
import { BarrierIdSchema } from './barriers';
import { LangSchema } from './lang';
import { PageAuditSchema, RuleResultSchema } from './result';

export const REPORT_SCHEMA_ID = 'balise-report/1';

/** What a person saw and noted. Kept apart from automated findings, never mixed with them. */
export const ObservationSchema = z.object({
  id: z.string(),
  barrier: BarrierIdSchema,
  /** Index of the journey step (or page) the note belongs to, when it belongs to one. */
  stepIndex: z.number().int().nonnegative().optional(),
  text: z.string().default(''),
  createdAt: z.string(),
});
export type Observation = z.infer<typeof ObservationSchema>;

export const JourneyStepSchema = z.object({
  index: z.number().int().nonnegative(),
  url: z.string(),
  title: z.string(),
  headings: z.array(z.string()).default([]),
  enteredAt: z.string(),
  /** Time the person really spent on this screen, when it was recorded live. */
  timeSpentMs: z.number().nonnegative().optional(),
  audit: PageAuditSchema,
});
export type JourneyStep = z.infer<typeof JourneyStepSchema>;

/**
 * A screen that could not be opened or audited (a missing file, an address that does not answer,
 * an audit that broke): kept with the reason rather than silently missing. The recorder stores
 * one as it comes (record-schema.ts); a report numbers it among the steps.
 */
export const FailedScreenSchema = z.object({
  /** Redacted, as every URL we keep. */
  url: z.string(),
  enteredAt: z.string(),
  /** Our own code (failed-step-reason.ts says each in words), or the browser's words with addresses redacted. */
  error: z.string(),
});
export type FailedScreen = z.infer<typeof FailedScreenSchema>;

/** A failed screen in its place in a procedure: `index` is numbered with JourneyStep.index, which skips it. */
export const FailedStepSchema = FailedScreenSchema.extend({ index: z.number().int().nonnegative() });
export type FailedStep = z.infer<typeof FailedStepSchema>;

const RequirementSchema = z.object({
  met: z.boolean(),
  /** True when a certain finding (a violation, or a required field) shows it; false when only "needs review". */
  certain: z.boolean(),
  steps: z.array(z.number().int().nonnegative()),
});
const EffortPartSchema = z.object({ count: z.number().int().nonnegative(), seconds: z.number().nonnegative() });

/**
 * What a recorded procedure costs a person (DOMAIN.md §4), computed by the journey analysis.
 * Step numbers are JourneyStep.index values. Counts cover distinct screens: a screen seen again
 * (after an error, or to change an answer) is not asked twice. When a step could not be checked
 * (steps.notChecked), every count covers the checked steps only: `lowerBound` says so.
 */
export const JourneyMetricsSchema = z.object({
  /** True when a step could not be checked: the procedure asks at least what these counts say. */
  lowerBound: z.boolean().default(false),
  steps: z.object({
    /** Steps checked (audited). */
    recorded: z.number().int().nonnegative(),
    /** Steps met that could not be checked (Journey.failedSteps), by index. */
    notChecked: z.array(z.number().int().nonnegative()).default([]),
    distinctScreens: z.number().int().nonnegative(),
    /** Screens that ask something or show a step indicator. */
    formScreens: z.number().int().nonnegative(),
    /** The DSFR stepper supports 2 to 8 steps. */
    overDsfrLimit: z.boolean(),
  }),
  fields: z.object({
    all: z.number().int().nonnegative(),
    required: z.number().int().nonnegative(),
    optional: z.number().int().nonnegative(),
    /** By step index; null for a step that was not checked. */
    perStep: z.array(z.number().int().nonnegative().nullable()),
  }),
  uploads: z.number().int().nonnegative(),
  alreadyKnown: z.object({
    count: z.number().int().nonnegative(),
    items: z.array(z.object({ kind: z.string(), step: z.number().int().nonnegative(), label: z.string(), required: z.boolean() })),
    /** Observatoire "Dites-le-nous une fois": 0-1 green, 2-4 yellow, 5+ red. */
    colour: z.enum(['green', 'yellow', 'red']),
  }),
  requirements: z.object({
    account: RequirementSchema,
    digitalIdentity: RequirementSchema,
    email: RequirementSchema,
    mobilePhone: RequirementSchema,
    captcha: RequirementSchema,
  }),
  stepIndicator: z.object({
    present: z.boolean(),
    claimedTotals: z.array(z.number().int().positive()),
    /** Screens counted against the claimed total: steps before the first indicated one, then form screens. */
    screensSeen: z.number().int().nonnegative(),
    /** Null without an indicator, or when a step it counts was not checked and the screens seen fit its total. */
    consistent: z.boolean().nullable(),
  }),
  navigation: z.object({
    back: z.object({ available: z.boolean(), steps: z.array(z.number().int().nonnegative()), missingSteps: z.array(z.number().int().nonnegative()) }),
    save: z.object({ available: z.boolean(), steps: z.array(z.number().int().nonnegative()) }),
    summary: z.object({ present: z.boolean(), step: z.number().int().nonnegative().nullable() }),
    acknowledgement: z.object({ confirmation: z.boolean(), reference: z.boolean(), step: z.number().int().nonnegative().nullable() }),
  }),
  /** demarches-simplifiees estimate: 5 s per simple field, 60 s per look-up, 180 s per upload. */
  effort: z.object({ totalSeconds: z.number().nonnegative(), simple: EffortPartSchema, lookUp: EffortPartSchema, upload: EffortPartSchema }),
  timeSpent: z.object({ totalMs: z.number().nonnegative().nullable(), stepsTimed: z.number().int().nonnegative() }),
  errors: z.object({ count: z.number().int().nonnegative(), steps: z.array(z.number().int().nonnegative()) }),
});
export type JourneyMetrics = z.infer<typeof JourneyMetricsSchema>;

export const JourneySchema = z.object({
  name: z.string(),
  startedAt: z.string(),
  endedAt: z.string().optional(),
  /** The audited steps, each with its audit: a journey report holds step audits here, not in Report.pages. */
  steps: z.array(JourneyStepSchema),
  /**
   * The steps that could not be audited, when there are any. The analysis knows where they were,
   * not what they ask: its metrics say they are lower bounds, and a finding that rests on every
   * step (the last page's receipt, an indicator that fits) needs review instead.
   */
  failedSteps: z.array(FailedStepSchema).optional(),
  metrics: z.record(z.string(), z.unknown()).default({}),
  /** Journey-level findings (redundant entry, step count...), in the same shape as page findings. */
  violations: z.array(RuleResultSchema).default([]),
  incomplete: z.array(RuleResultSchema).default([]),
  passes: z.array(RuleResultSchema).default([]),
  /** Journey rules that threw: said plainly, never swallowed. */
  errors: z.array(z.object({ ruleId: z.string(), message: z.string() })).optional(),
});
export type Journey = z.infer<typeof JourneySchema>;

export const ReportSchema = z.object({
  schema: z.literal(REPORT_SCHEMA_ID),
  tool: z.object({ name: z.literal('Balise'), version: z.string(), axeVersion: z.string() }),
  createdAt: z.string(),
  lang: LangSchema,
  /**
   * Pages audited on their own. A journey's step audits are in journey.steps only. Earlier reports
   * listed them here too: they still validate, and the report view counts each audit once.
   */
  pages: z.array(PageAuditSchema),
  journey: JourneySchema.optional(),
  observations: z.array(ObservationSchema).default([]),
});
export type Report = z.infer<typeof ReportSchema>;
