import { z } from 'zod';
import { nextStepIndex } from './record-steps';
import { RuleTextsSchema } from './rule-texts';
import { FailedScreenSchema, JourneySchema, JourneyStepSchema, LangSchema, ObservationSchema } from '../../engine/model';

/**
 * A recorded procedure, kept in storage under `record:<id>` (one key per record) and listed in
 * `records`. Everything lives in storage, never only in memory: the service worker is stopped
 * at any time, the panel closes, the browser restarts, and no recorded step may be lost.
 */
export const RecordEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('step'), step: JourneyStepSchema }),
  /** A screen of another site: listed, never audited (we have no access there, and it is not the procedure). */
  z.object({ kind: z.literal('left-site'), origin: z.string().optional(), enteredAt: z.string() }),
  /** A screen that could not be audited: kept, with the reason, rather than silently missing. */
  z.object({ kind: z.literal('failed'), ...FailedScreenSchema.shape }),
]);
export type RecordEntry = z.infer<typeof RecordEntrySchema>;

export const RecordAnalysisSchema = JourneySchema.omit({ steps: true, failedSteps: true, name: true, startedAt: true });
export type RecordAnalysis = z.infer<typeof RecordAnalysisSchema>;

/** What identifies the screen last recorded, to record each screen once (see record-screen.ts). */
export const ScreenMarkSchema = z.object({ docId: z.string(), urlHash: z.string(), headingHash: z.string() });
export type ScreenMark = z.infer<typeof ScreenMarkSchema>;

export const RecordStatusSchema = z.enum(['recording', 'paused', 'stopped']);
export type RecordStatus = z.infer<typeof RecordStatusSchema>;

export const ProcedureRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  tabId: z.number().int(),
  /** The one site recorded, and the only one we asked access to. */
  origin: z.string(),
  status: RecordStatusSchema,
  lang: LangSchema,
  startedAt: z.string(),
  endedAt: z.string().optional(),
  axeVersion: z.string().default(''),
  entries: z.array(RecordEntrySchema),
  observations: z.array(ObservationSchema).default([]),
  lastScreen: ScreenMarkSchema.nullable().default(null),
  /** Why the record was paused without the user asking (tab closed, browser restarted, storage full). */
  pausedBecause: z.enum(['tab-closed', 'browser-restarted', 'storage-full']).optional(),
  /**
   * Filled in when the record is stopped: what the journey analysis found. The steps are not
   * repeated here: the report is rebuilt from the entries and this (record-report.ts), so a
   * stopped record holds each step's audit once, not three times.
   */
  analysis: RecordAnalysisSchema.optional(),
  /** The texts of passed and inapplicable rules, once for all steps (rule-texts.ts). */
  ruleTexts: RuleTextsSchema.default({}),
});
export type ProcedureRecord = z.infer<typeof ProcedureRecordSchema>;

export const RecordSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  status: RecordStatusSchema,
  tabId: z.number().int(),
  startedAt: z.string(),
  steps: z.number().int().nonnegative(),
});
export type RecordSummary = z.infer<typeof RecordSummarySchema>;

export const RECORDS_KEY = 'records';
export const recordKey = (id: string) => `record:${id}`;

/** Steps counted as the report counts them: audited and failed screens (record-steps.ts). */
export function summarize(record: ProcedureRecord): RecordSummary {
  return { id: record.id, name: record.name, status: record.status, tabId: record.tabId, startedAt: record.startedAt, steps: nextStepIndex(record.entries) };
}
