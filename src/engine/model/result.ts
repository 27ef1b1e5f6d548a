import { z } from 'zod';
import { BarrierIdSchema } from './barriers';

/**
 * Results keep axe-core's shape so that any tool reading axe results reads ours, plus `source`
 * and `barriers`. Node evidence is structure only (selector, sanitized opening tag, messages):
 * never a value a person typed.
 */
export const ImpactSchema = z.enum(['minor', 'moderate', 'serious', 'critical']);
export type Impact = z.infer<typeof ImpactSchema>;

export const IMPACT_ORDER: readonly Impact[] = ['critical', 'serious', 'moderate', 'minor'];

/** axe selectors: one string per frame level; a shadow-DOM hop is an array of strings. */
export const TargetSchema = z.array(z.union([z.string(), z.array(z.string())]));
export type Target = z.infer<typeof TargetSchema>;

export const CheckResultSchema = z.object({
  id: z.string(),
  impact: ImpactSchema.nullable().optional(),
  message: z.string(),
});
export type CheckResult = z.infer<typeof CheckResultSchema>;

/** Structured evidence of our own rules: labels and the attributes that matter, never values. */
export const EvidenceSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type Evidence = z.infer<typeof EvidenceSchema>;

export const NodeResultSchema = z.object({
  target: TargetSchema,
  html: z.string(),
  impact: ImpactSchema.nullable().optional(),
  failureSummary: z.string().optional(),
  any: z.array(CheckResultSchema).default([]),
  all: z.array(CheckResultSchema).default([]),
  none: z.array(CheckResultSchema).default([]),
  evidence: EvidenceSchema.optional(),
});
export type NodeResult = z.infer<typeof NodeResultSchema>;

export const SourceSchema = z.enum(['axe', 'balise']);
export type Source = z.infer<typeof SourceSchema>;

export const RuleResultSchema = z.object({
  id: z.string(),
  source: SourceSchema,
  impact: ImpactSchema.nullable(),
  tags: z.array(z.string()),
  barriers: z.array(BarrierIdSchema),
  description: z.string(),
  help: z.string(),
  helpUrl: z.string().optional(),
  nodes: z.array(NodeResultSchema),
});
export type RuleResult = z.infer<typeof RuleResultSchema>;

export const SkippedFrameSchema = z.object({
  url: z.string(),
  reason: z.string(),
});
export type SkippedFrame = z.infer<typeof SkippedFrameSchema>;

export const MetricsSchema = z.record(z.string(), z.unknown());
export type Metrics = z.infer<typeof MetricsSchema>;

export const TimingsSchema = z.object({ axeMs: z.number(), heuristicsMs: z.number() });
export type Timings = z.infer<typeof TimingsSchema>;

export const PageAuditSchema = z.object({
  url: z.string(),
  title: z.string(),
  lang: z.string(),
  auditedAt: z.string(),
  durationMs: z.number(),
  timings: TimingsSchema,
  violations: z.array(RuleResultSchema),
  incomplete: z.array(RuleResultSchema),
  passes: z.array(RuleResultSchema),
  inapplicable: z.array(RuleResultSchema),
  metrics: MetricsSchema,
  auditedFrames: z.number().int().nonnegative().default(1),
  skippedFrames: z.array(SkippedFrameSchema),
  /** Errors that did not stop the audit (a rule that threw): said plainly, never swallowed. */
  errors: z.array(z.object({ ruleId: z.string(), message: z.string() })).default([]),
});
export type PageAudit = z.infer<typeof PageAuditSchema>;

export const OUTCOME_KEYS = ['violations', 'incomplete', 'passes', 'inapplicable'] as const;
export type OutcomeKey = (typeof OUTCOME_KEYS)[number];
