import type { FailedStep, JourneyStep } from '../../engine/model';
import type { RecordEntry } from './record-schema';

/**
 * A record's screens as the steps of a procedure, in the numbering the command line uses too: a
 * step's number is its place among the screens met on the procedure's site, audited or failed, so
 * a failed screen keeps its place (Journey.failedSteps) and the report page, the exports and the
 * journey analysis treat it as they treat a CLI one. A screen of another site is no step: it is
 * not the procedure, and it is never audited.
 */
export interface RecordedSteps {
  steps: JourneyStep[];
  failedSteps: FailedStep[];
  /**
   * Stored index -> step number, for the steps whose number changed. Records made before this
   * numbering counted audited screens only; their steps (and the notes pointing at them) are
   * renumbered from the order of the entries. Empty for records made since.
   */
  renumbered: Map<number, number>;
}

export function recordedSteps(entries: readonly RecordEntry[]): RecordedSteps {
  const out: RecordedSteps = { steps: [], failedSteps: [], renumbered: new Map() };
  let index = 0;
  for (const entry of entries) {
    if (entry.kind === 'step') {
      if (entry.step.index !== index) out.renumbered.set(entry.step.index, index);
      out.steps.push({ ...entry.step, index });
    } else if (entry.kind === 'failed') {
      out.failedSteps.push({ index, url: entry.url, enteredAt: entry.enteredAt, error: entry.error });
    } else {
      continue;
    }
    index += 1;
  }
  return out;
}

/** The number the next screen of the procedure takes, audited or failed. */
export function nextStepIndex(entries: readonly RecordEntry[]): number {
  return entries.filter((entry) => entry.kind !== 'left-site').length;
}
