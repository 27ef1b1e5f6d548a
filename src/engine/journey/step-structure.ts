import { z } from 'zod';
import { TargetSchema } from '../model/result';

/**
 * What one screen asks and offers, as it travels inside `PageAudit.metrics` (`fieldsAsked`,
 * `stepSignals`) from the page audit to the journey analysis. Structure only: labels, types,
 * attributes, required-ness; never a value.
 */
export const StepFieldSchema = z.object({
  label: z.string(),
  normalizedLabel: z.string(),
  /** What it asks, by autocomplete token or label meaning ("email", "family-name"...), or null. */
  concept: z.string().nullable(),
  /** Whose information: "applicant", "partner", "child:2"... (see `subjectOf`). */
  subject: z.string(),
  /** The legend or heading the field sits under, as the page words it. */
  section: z.string(),
  autocomplete: z.string().nullable(),
  type: z.string(),
  tag: z.string(),
  required: z.boolean(),
  name: z.string().nullable(),
  /** A number to find on a paper or card (tax number, IBAN, SIRET, NIR...). */
  lookUp: z.boolean(),
  upload: z.boolean(),
  /** "Type it again" on the same page (confirm e-mail). */
  confirmation: z.boolean(),
  alreadyKnown: z.string().optional(),
  target: TargetSchema,
});
export type StepField = z.infer<typeof StepFieldSchema>;

export const StepIndicatorSchema = z.object({
  current: z.number().int().positive(),
  total: z.number().int().positive(),
});
export type StepIndicator = z.infer<typeof StepIndicatorSchema>;

export const StepSignalsSchema = z.object({
  back: z.boolean(),
  save: z.boolean(),
  summary: z.boolean(),
  confirmation: z.boolean(),
  reference: z.boolean(),
  errorSummary: z.boolean(),
  indicator: StepIndicatorSchema.nullable(),
});
export type StepSignals = z.infer<typeof StepSignalsSchema>;
