import { describe, expect, it } from 'vitest';
import { JourneyMetricsSchema, JourneySchema, type JourneyStep } from '../model/report';
import { analyzeJourney } from './analyze-journey';
import { defineJourneyRule } from './journey-rule';
import { CONFIRMATION_PAGE, stepsFromHtml, stepsWithGaps } from './testing/steps-from-html';

const field = (id: string, label: string, attrs = '') => `<label for="${id}">${label}</label><input id="${id}" name="${id}" ${attrs}>`;
const BACK = '<a class="govuk-back-link" href="/back">Retour</a>';

async function procedure(): Promise<JourneyStep[]> {
  return stepsFromHtml([
    { body: '<p class="fr-stepper__state">Étape 1 sur 3</p>' + field('mail', 'Courriel', 'type="email" autocomplete="email" required') + field('nom', 'Nom', 'required'), timeSpentMs: 40_000, url: 'https://demarche.test/identite' },
    { body: BACK + '<p class="fr-stepper__state">Étape 2 sur 3</p><div class="govuk-error-summary"><h2>Il y a un problème</h2></div>' + field('iban', 'IBAN', 'required') + field('avis', "Avis d'imposition", 'type="file" required') + '<button>Enregistrer et reprendre plus tard</button>', timeSpentMs: 125_000, url: 'https://demarche.test/banque' },
    { body: BACK + '<p class="fr-stepper__state">Étape 2 sur 3</p>' + field('iban', 'IBAN', 'required') + field('avis', "Avis d'imposition", 'type="file" required') + '<button>Enregistrer et reprendre plus tard</button>', url: 'https://demarche.test/banque' },
    { body: BACK + '<p class="fr-stepper__state">Étape 3 sur 3</p><h1>Vérifiez vos réponses</h1><dl class="govuk-summary-list"></dl>', url: 'https://demarche.test/recap' },
    CONFIRMATION_PAGE.fr,
  ], 'fr');
}

describe('analyzeJourney', () => {
  it('computes what the procedure costs, counting a screen seen again once', async () => {
    const steps = await procedure();
    const { metrics } = analyzeJourney(steps, { lang: 'fr' });
    expect(JourneyMetricsSchema.parse(metrics)).toEqual(metrics);
    expect(metrics.steps).toEqual({ recorded: 5, notChecked: [], distinctScreens: 4, formScreens: 3, overDsfrLimit: false });
    expect(metrics.fields).toEqual({ all: 4, required: 4, optional: 0, perStep: [2, 2, 2, 0, 0] });
    expect(metrics.uploads).toBe(1);
    expect(metrics.alreadyKnown).toEqual({ count: 1, colour: 'green', items: [{ kind: 'tax-notice', step: 1, label: "Avis d'imposition", required: true }] });
    expect(metrics.effort).toEqual({ totalSeconds: 2 * 5 + 60 + 180, simple: { count: 2, seconds: 10 }, lookUp: { count: 1, seconds: 60 }, upload: { count: 1, seconds: 180 } });
    expect(metrics.timeSpent).toEqual({ totalMs: 165_000, stepsTimed: 2 });
    expect(metrics.errors).toEqual({ count: 1, steps: [1] });
    expect(metrics.stepIndicator).toEqual({ present: true, claimedTotals: [3], screensSeen: 3, consistent: true });
    expect(metrics.navigation).toEqual({
      back: { available: true, steps: [1, 2, 3], missingSteps: [] },
      save: { available: true, steps: [1, 2] },
      summary: { present: true, step: 3 },
      acknowledgement: { confirmation: true, reference: true, step: 4 },
    });
    expect(metrics.requirements.email).toEqual({ met: true, certain: true, steps: [0] });
    expect(metrics.requirements.captcha).toEqual({ met: false, certain: false, steps: [] });
  });

  it('says its counts are lower bounds when a step was not checked, and leaves the indicator’s consistency open', async () => {
    const question = (n: number, label: string) => ({ body: `<p class="fr-stepper__state">Étape ${n} sur 3</p>` + field(`q${n}`, label, 'required') });
    const { steps, notChecked } = await stepsWithGaps([question(1, 'Courriel'), question(2, 'IBAN'), null, question(3, 'Nom'), null], 'fr');
    expect(notChecked).toEqual([2, 4]);
    const gapped = analyzeJourney(steps, { lang: 'fr', notChecked: [4, 2] });
    const metrics = JourneyMetricsSchema.parse(gapped.metrics);
    expect(metrics.lowerBound).toBe(true);
    expect(metrics.steps).toMatchObject({ recorded: 3, notChecked: [2, 4] });
    expect(metrics.fields.perStep).toEqual([1, 1, null, 1, null]);
    expect(metrics.stepIndicator).toMatchObject({ present: true, consistent: null });
    const whole = analyzeJourney(await procedure(), { lang: 'fr' }).metrics;
    expect(whole.lowerBound).toBe(false);
    expect(whole.steps.notChecked).toEqual([]);
    // A report written before this knew nothing of steps not checked: it still reads.
    const { lowerBound: _, ...older } = whole;
    expect(JourneyMetricsSchema.parse({ ...older, steps: { ...whole.steps, notChecked: undefined } })).toMatchObject({ lowerBound: false, steps: { notChecked: [] } });
  });

  it('gives a journey that fits the report schema, in either language, with no typed value in it', async () => {
    document.body.innerHTML = '';
    const steps = await procedure();
    const typed = await stepsFromHtml([{ body: field('mail', 'Email', 'autocomplete="email"') }, { body: field('mail2', 'Email address', 'autocomplete="email"') }], 'en');
    for (const input of document.querySelectorAll('input')) (input as HTMLInputElement).value = 'SENTINEL@example.org';
    const analysis = analyzeJourney([...steps, ...typed.map((s, i) => ({ ...s, index: steps.length + i }))], { lang: 'en' });
    const journey = JourneySchema.parse({ name: 'Aide', startedAt: '2025-01-01T10:00:00Z', steps, ...analysis });
    const redundant = journey.incomplete.find((r) => r.id === 'redundant-entry');
    expect(redundant?.help).toMatch(/^Do not ask again/);
    expect(JSON.stringify(analysis)).not.toContain('SENTINEL');
    expect(analysis.errors).toEqual([]);
  });

  it('reads identity and contact requirements from the steps’ findings, certain or to review', async () => {
    const [step] = await stepsFromHtml([{ body: '<p>Hello</p>' }], 'en');
    const finding = (id: string, barrier: 'captcha' | 'account-required') => ({ id, source: 'balise' as const, impact: 'serious' as const, tags: [], barriers: [barrier], description: '', help: '', nodes: [] });
    const withCaptcha = { ...step!, audit: { ...step!.audit, violations: [finding('captcha', 'captcha')], incomplete: [finding('account', 'account-required')] } };
    const { metrics } = analyzeJourney([withCaptcha], { lang: 'en' });
    expect(metrics.requirements.captcha).toEqual({ met: true, certain: true, steps: [0] });
    expect(metrics.requirements.account).toEqual({ met: true, certain: false, steps: [0] });
  });

  it('tolerates steps recorded before per-field structure existed, and malformed metrics', async () => {
    const [step] = await stepsFromHtml([{ body: '<p>x</p>' }], 'fr');
    const legacy = { ...step!, audit: { ...step!.audit, metrics: { fields: { total: 3, required: 1, optional: 2 }, uploads: 1 } } };
    const broken = { ...step!, index: 1, audit: { ...step!.audit, metrics: { fieldsAsked: 'nope', stepSignals: 5, stepIndicator: { current: 'a' }, fields: null } } };
    const { metrics, errors } = analyzeJourney([legacy, broken], { lang: 'fr' });
    expect(errors).toEqual([]);
    expect(metrics.fields).toMatchObject({ all: 3, required: 1, perStep: [3, 0] });
    expect(metrics.effort).toMatchObject({ simple: { count: 2, seconds: 10 }, upload: { count: 1, seconds: 180 } });
    expect(metrics.timeSpent.totalMs).toBeNull();
  });

  it('reports a journey rule that throws and still runs the others', async () => {
    const boom = defineJourneyRule({
      id: 'test-boom', impact: 'minor', tags: [], barriers: ['step-navigation'],
      text: { fr: { description: 'd', help: 'h', messages: {} }, en: { description: 'd', help: 'h', messages: {} } },
      evaluateJourney() {
        throw new Error('broken journey rule');
      },
    });
    const steps = await procedure();
    const analysis = analyzeJourney(steps, { lang: 'fr', rules: [boom] });
    expect(analysis.errors).toEqual([{ ruleId: 'test-boom', message: 'broken journey rule' }]);
    expect(analyzeJourney(steps, { lang: 'fr' }).passes.map((r) => r.id).sort()).toEqual(['already-known-data', 'no-acknowledgement', 'redundant-entry', 'step-navigation']);
  });
});
