import { closeLastStep } from './record-entries';
import { journeyFindings } from '../../report/journey/build-journey';
import type { ProcedureRecord } from '../../report/record/record-schema';
import { recordedSteps } from '../../report/record/record-steps';

/**
 * Stopping a record computes what the procedure cost (journey analysis, pure) and stores it
 * beside the steps; recordReport() builds the report from both, so the report page and the
 * exports read a finished record like any other report. The analysis knows which screens could
 * not be audited, numbered with the others. Observations stay in their own list,
 * never among the automated findings.
 */
export function finalizeRecord(record: ProcedureRecord, now: Date = new Date()): ProcedureRecord {
  const endedAt = now.toISOString();
  const entries = closeLastStep(record.entries, endedAt);
  const { steps, failedSteps } = recordedSteps(entries);
  return {
    ...record,
    entries,
    status: 'stopped',
    endedAt,
    analysis: { endedAt, ...journeyFindings(steps, record.lang, failedSteps) },
  };
}
