import type { FailedStep, JourneyStep, Observation, Report } from '../../engine/model';
import { buildReport } from '../build-report';
import { journeyFindings } from '../journey/build-journey';
import type { ProcedureRecord, RecordAnalysis } from './record-schema';
import { recordedSteps } from './record-steps';
import { withRuleTexts } from './rule-texts';

/**
 * The report of a stopped record, built from what is stored once: the screens (each audited
 * step with its audit, each failed screen in its place, record-steps.ts) and the journey
 * analysis. Null while the record runs: there is no journey yet.
 */
export function recordReport(record: ProcedureRecord): Report | null {
  if (!record.analysis) return null;
  const { steps, failedSteps, renumbered } = recordedSteps(record.entries);
  const analysis = analysisFor(record.analysis, steps, failedSteps, record.lang);
  const journey = {
    name: record.name,
    startedAt: record.startedAt,
    ...analysis,
    steps: steps.map((step) => ({ ...step, audit: withRuleTexts(step.audit, record.ruleTexts) })),
    ...(failedSteps.length ? { failedSteps } : {}),
  };
  const observations = record.observations.map((note) => renumberedNote(note, renumbered));
  const createdAt = new Date(record.analysis.endedAt ?? record.startedAt);
  return buildReport({ lang: record.lang, axeVersion: record.axeVersion, journey, observations, createdAt });
}

/**
 * The analysis stored when the record stopped, when it was made for these steps. A record made
 * before the analysis knew of failed screens has one that counts them as unseen nowhere (and may
 * call certain what rests on a screen never seen): it is made again, from the same stored steps.
 */
function analysisFor(stored: RecordAnalysis, steps: JourneyStep[], failedSteps: FailedStep[], lang: ProcedureRecord['lang']): RecordAnalysis {
  const storedSteps = stored.metrics['steps'];
  const known = typeof storedSteps === 'object' && storedSteps !== null && 'notChecked' in storedSteps ? storedSteps.notChecked : [];
  if (JSON.stringify(known) === JSON.stringify(failedSteps.map((step) => step.index))) return stored;
  return { ...stored, ...journeyFindings(steps, lang, failedSteps) };
}

function renumberedNote(note: Observation, renumbered: ReadonlyMap<number, number>): Observation {
  const index = note.stepIndex === undefined ? undefined : renumbered.get(note.stepIndex);
  return index === undefined ? note : { ...note, stepIndex: index };
}
