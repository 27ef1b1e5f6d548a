import { analyzeJourney } from '../../engine/journey';
import type { Journey } from '../../engine/model';
import { buildReport } from '../../report';
import { closeLastStep } from './record-entries';
import { stepsOf, type ProcedureRecord } from '../../report/record/record-schema';

/**
 * Stopping a record computes what the procedure cost (journey analysis, pure) and stores a
 * report with it, so the report page and the exports read a finished report like any other.
 * Observations go in the report's own list, never among the automated findings.
 */
export function finalizeRecord(record: ProcedureRecord, now: Date = new Date()): ProcedureRecord {
  const endedAt = now.toISOString();
  const entries = closeLastStep(record.entries, endedAt);
  const steps = stepsOf({ entries });
  const analysis = analyzeJourney(steps, { lang: record.lang });
  const journey: Journey = {
    name: record.name,
    startedAt: record.startedAt,
    endedAt,
    steps,
    metrics: analysis.metrics,
    violations: analysis.violations,
    incomplete: analysis.incomplete,
    passes: analysis.passes,
    ...(analysis.errors.length ? { errors: analysis.errors } : {}),
  };
  const report = buildReport({ lang: record.lang, axeVersion: record.axeVersion, pages: steps.map((s) => s.audit), journey, observations: record.observations, createdAt: now });
  return { ...record, entries, status: 'stopped', endedAt, report };
}
