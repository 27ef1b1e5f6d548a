import { describe, expect, it } from 'vitest';
import { JourneyMetricsSchema, ReportSchema } from '../../engine/model';
import { stepsFromHtml } from '../../engine/journey/testing/steps-from-html';
import { journeyFindings } from '../journey/build-journey';
import { toMarkdown } from '../export/to-markdown';
import { recordReport } from './record-report';
import type { ProcedureRecord, RecordEntry } from './record-schema';
import { nextStepIndex, recordedSteps } from './record-steps';

const QUESTION = { body: '<label for="q">Votre adresse</label><input id="q" name="q" required>', url: 'https://demarche.test/adresse' };
// A confirmation with no file number: seen last, it is a certain "no acknowledgement".
const NO_REFERENCE = { body: '<h1>Votre demande a bien été envoyée</h1><p>Merci.</p>', url: 'https://demarche.test/envoi' };
const failed = (url: string, error: string): RecordEntry => ({ kind: 'failed', url, enteredAt: '2025-01-01T10:05:00.000Z', error });

function record(entries: RecordEntry[], extra: Partial<ProcedureRecord> = {}): ProcedureRecord {
  return {
    id: 'r1', name: 'Aide (test)', tabId: 1, origin: 'https://demarche.test', status: 'stopped', lang: 'fr',
    startedAt: '2025-01-01T10:00:00.000Z', axeVersion: '4.0.0', entries, observations: [], lastScreen: null, ruleTexts: {}, ...extra,
  };
}

/** Stopped as the recorder stops it (finalize-record.ts): the analysis of the numbered screens. */
function stopped(entries: RecordEntry[], extra: Partial<ProcedureRecord> = {}): ProcedureRecord {
  const { steps, failedSteps } = recordedSteps(entries);
  return record(entries, { analysis: { endedAt: '2025-01-01T10:10:00.000Z', ...journeyFindings(steps, 'fr', failedSteps) }, ...extra });
}

describe('recordReport with screens that could not be audited', () => {
  it('numbers audited and failed screens together, as the command line does, leaving other sites out', async () => {
    const [question, confirmation] = await stepsFromHtml([QUESTION, NO_REFERENCE], 'fr');
    const entries: RecordEntry[] = [
      { kind: 'step', step: { ...question!, index: 0 } },
      { kind: 'left-site', origin: 'https://franceconnect.test', enteredAt: '2025-01-01T10:01:00.000Z' },
      failed('https://demarche.test/piece', 'Frame with ID 0 is showing error page'),
      { kind: 'step', step: { ...confirmation!, index: 2 } },
      failed('https://demarche.test/recu', 'audit-failed'),
    ];
    expect(nextStepIndex(entries)).toBe(4);
    const report = ReportSchema.parse(recordReport(stopped(entries)));
    const journey = report.journey!;
    expect(journey.steps.map((s) => [s.index, s.url])).toEqual([[0, 'https://demarche.test/adresse'], [2, 'https://demarche.test/envoi']]);
    expect(journey.failedSteps).toEqual([
      { index: 1, url: 'https://demarche.test/piece', enteredAt: '2025-01-01T10:05:00.000Z', error: 'Frame with ID 0 is showing error page' },
      { index: 3, url: 'https://demarche.test/recu', enteredAt: '2025-01-01T10:05:00.000Z', error: 'audit-failed' },
    ]);
    // The confirmation without reference is not the end: the screen after it was never seen.
    expect(journey.violations.map((r) => r.id)).not.toContain('no-acknowledgement');
    const noAck = journey.incomplete.find((r) => r.id === 'no-acknowledgement')!;
    expect(noAck.nodes[0]!.failureSummary).toContain('mais l’étape 4 n’a pas pu être vérifiée, après elle');
    expect(JourneyMetricsSchema.parse(journey.metrics)).toMatchObject({ lowerBound: true, steps: { recorded: 2, notChecked: [1, 3] } });
    const md = toMarkdown(report);
    expect(md).toContain('2. **Non vérifiée** : la page ne s’est pas affichée (site indisponible ou connexion coupée). (https://demarche.test/piece)');
    expect(md).toContain('4. **Non vérifiée** : l’analyse a échoué sur cette page. (https://demarche.test/recu)');

    // The same screens with nothing missed: then it is certain.
    const seen = recordReport(stopped([{ kind: 'step', step: { ...question!, index: 0 } }, { kind: 'step', step: { ...confirmation!, index: 1 } }]))!;
    expect(seen.journey!.violations.map((r) => r.id)).toContain('no-acknowledgement');
  });

  it('renumbers a record made when only audited screens were numbered, its notes too, and analyses it again', async () => {
    const [question, confirmation] = await stepsFromHtml([QUESTION, NO_REFERENCE], 'fr');
    // Before: the step after the failed screen was stored as step 1, and the analysis never knew of the failure.
    const entries: RecordEntry[] = [{ kind: 'step', step: { ...question!, index: 0 } }, failed('https://demarche.test/piece', 'tab-closed'), { kind: 'step', step: { ...confirmation!, index: 1 } }];
    const { steps } = recordedSteps(entries);
    const old = record(entries, {
      analysis: { endedAt: '2025-01-01T10:10:00.000Z', ...journeyFindings(steps.map((s, i) => ({ ...s, index: i })), 'fr') },
      observations: [{ id: 'o1', barrier: 'inaccessible', text: '', createdAt: '2025-01-01T10:06:00.000Z', stepIndex: 1 }],
    });
    const journey = recordReport(old)!.journey!;
    expect(journey.steps.map((s) => s.index)).toEqual([0, 2]);
    expect(journey.failedSteps?.map((s) => s.index)).toEqual([1]);
    expect(recordReport(old)!.observations[0]!.stepIndex).toBe(2);
    expect(JourneyMetricsSchema.parse(journey.metrics).steps.notChecked).toEqual([1]);
    expect(journey.violations.find((r) => r.id === 'no-acknowledgement')?.nodes[0]!.target).toEqual(['step-2']);
  });
});
