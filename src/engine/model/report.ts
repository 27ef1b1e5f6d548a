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

export const JourneySchema = z.object({
  name: z.string(),
  startedAt: z.string(),
  endedAt: z.string().optional(),
  steps: z.array(JourneyStepSchema),
  metrics: z.record(z.string(), z.unknown()).default({}),
  /** Journey-level findings (redundant entry, step count...), in the same shape as page findings. */
  violations: z.array(RuleResultSchema).default([]),
  incomplete: z.array(RuleResultSchema).default([]),
  passes: z.array(RuleResultSchema).default([]),
});
export type Journey = z.infer<typeof JourneySchema>;

export const ReportSchema = z.object({
  schema: z.literal(REPORT_SCHEMA_ID),
  tool: z.object({ name: z.literal('Balise'), version: z.string(), axeVersion: z.string() }),
  createdAt: z.string(),
  lang: LangSchema,
  pages: z.array(PageAuditSchema),
  journey: JourneySchema.optional(),
  observations: z.array(ObservationSchema).default([]),
});
export type Report = z.infer<typeof ReportSchema>;
