import type { Report } from '../../engine/model';
import { buildReport } from '../build-report';
import { stepsOf, type ProcedureRecord } from './record-schema';
import { withRuleTexts } from './rule-texts';

/**
 * The report of a stopped record, built from what is stored once: the steps (each with its
 * audit) and the journey analysis. Null while the record runs: there is no journey yet.
 */
export function recordReport(record: ProcedureRecord): Report | null {
  if (!record.analysis) return null;
  const steps = stepsOf(record).map((step) => ({ ...step, audit: withRuleTexts(step.audit, record.ruleTexts) }));
  const journey = { name: record.name, startedAt: record.startedAt, ...record.analysis, steps };
  const createdAt = new Date(record.analysis.endedAt ?? record.startedAt);
  return buildReport({ lang: record.lang, axeVersion: record.axeVersion, journey, observations: record.observations, createdAt });
}
