import { describe, expect, it } from 'vitest';
import { stepsFromHtml } from '../../engine/journey/testing/steps-from-html';
import { JourneySchema, type PageAudit } from '../../engine/model';
import { buildJourney, journeyStepOf, stepHeadings } from './build-journey';
import { slimAudit } from './slim-audit';

const email = (name: string) => `<label for="${name}">Adresse e-mail</label><input id="${name}" name="${name}" type="email" autocomplete="email" required>`;

async function audits(): Promise<PageAudit[]> {
  const steps = await stepsFromHtml([{ body: `<h1>Vous</h1>${email('m')}` }, { body: `<h1>Contact</h1>${email('contact')}` }], 'fr');
  return steps.map((s) => ({ ...s.audit, url: s.url }));
}

describe('journeyStepOf', () => {
  it('wraps an audit as a step, slimmed, with tidy headings and no time when none was measured', async () => {
    const [audit] = await audits();
    const step = journeyStepOf({ index: 0, audit: audit!, headings: ['  Vous\n  et  vos proches ', '', 'x'.repeat(500)], enteredAt: '2026-01-01T00:00:00.000Z' });
    expect(step).toMatchObject({ index: 0, url: audit!.url, title: audit!.title, enteredAt: '2026-01-01T00:00:00.000Z' });
    expect(step.headings).toEqual(['Vous et vos proches', 'x'.repeat(200)]);
    expect(step).not.toHaveProperty('timeSpentMs');
    expect(step.audit).toEqual(slimAudit(audit!));
    expect(journeyStepOf({ index: 1, audit: audit!, headings: [], enteredAt: 'x', timeSpentMs: 42 }).timeSpentMs).toBe(42);
  });

  it('masks personal data in headings: a greeting\'s name, a file number', () => {
    expect(stepHeadings(['Bonjour Zébulon Quixotte', 'Votre dossier HDJ2123F est enregistré', 'Vos enfants'])).toEqual([
      'Bonjour […]',
      'Votre dossier […] est enregistré',
      'Vos enfants',
    ]);
  });

  it('keeps at most 30 headings', () => {
    expect(stepHeadings(Array.from({ length: 40 }, (_, i) => `H${i}`))).toHaveLength(30);
  });
});

describe('slimAudit', () => {
  it('drops passed nodes but keeps their counts and every finding whole', async () => {
    const [audit] = await audits();
    const slim = slimAudit(audit!);
    expect(slim.passes.flatMap((r) => r.nodes).every((n) => n.evidence !== undefined)).toBe(true);
    expect(slim.metrics['passedNodes']).toEqual(Object.fromEntries(audit!.passes.map((r) => [r.id, r.nodes.length])));
    expect(slim.violations).toEqual(audit!.violations);
    expect(slim.incomplete).toEqual(audit!.incomplete);
  });
});

describe('buildJourney', () => {
  it('fills metrics and journey findings: the e-mail asked on two steps is a redundant entry to check', async () => {
    const steps = (await audits()).map((audit, index) => journeyStepOf({ index, audit, headings: [], enteredAt: `2026-01-01T00:0${index}:00.000Z` }));
    const journey = JourneySchema.parse(buildJourney({ name: 'Essai', lang: 'fr', startedAt: steps[0]!.enteredAt, endedAt: '2026-01-01T00:05:00.000Z', steps }));
    expect(journey).toMatchObject({ name: 'Essai', startedAt: '2026-01-01T00:00:00.000Z', endedAt: '2026-01-01T00:05:00.000Z' });
    expect(journey.metrics).toMatchObject({ steps: { recorded: 2 }, fields: { all: 2, required: 2 } });
    const redundant = journey.incomplete.find((r) => r.id === 'redundant-entry');
    expect(redundant?.nodes).toHaveLength(1);
    expect(journey.errors).toBeUndefined();
  });
});
