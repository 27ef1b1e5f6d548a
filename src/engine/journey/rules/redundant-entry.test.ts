import { describe, expect, it } from 'vitest';
import type { JourneyStep } from '../../model/report';
import { runJourneyRules } from '../run-journey-rules';
import { stepsFromHtml, stepsWithGaps } from '../testing/steps-from-html';
import redundantEntry from './redundant-entry';

const field = (id: string, label: string, attrs = '') => `<label for="${id}">${label}</label><input id="${id}" name="${id}" ${attrs}>`;

function run(steps: JourneyStep[], lang: 'fr' | 'en' = 'fr', notChecked: number[] = []) {
  return runJourneyRules(steps, [redundantEntry], { lang, profile: 'general', notChecked });
}
const nodesOf = (result: ReturnType<typeof run>, bucket: 'violations' | 'incomplete') => result[bucket].flatMap((r) => r.nodes);

describe('redundant-entry', () => {
  // Balise never reads values: a second field filled in from the first answer, or offered to
  // select, meets WCAG 3.3.7, so even the author's own "same token" is not a certain failure.
  it('needs review, saying why, when two steps share an autocomplete token; it points at the later step and field', async () => {
    const steps = await stepsFromHtml([
      { body: field('mail', 'Courriel', 'type="email" autocomplete="email"') },
      { body: field('nais', 'Date de naissance', 'autocomplete="bday"') },
      { body: field('contact', 'Adresse e-mail de contact', 'autocomplete="email"') },
    ], 'fr');
    const result = run(steps);
    expect(result.violations).toEqual([]);
    const [node, ...rest] = nodesOf(result, 'incomplete');
    expect(rest).toHaveLength(0);
    expect(node!.target).toEqual(['step-2', '#contact']);
    expect(node!.evidence).toMatchObject({ step: 2, firstStep: 0, autocomplete: 'email', firstLabel: 'Courriel' });
    expect(node!.failureSummary).toBe('Le champ « Adresse e-mail de contact » (étape 3) redemande « Courriel », déjà demandé à l’étape 1 (même valeur autocomplete « email »). Balise ne lit pas les valeurs : vérifiez s’il est prérempli ou proposé au choix, ce qui respecte le critère WCAG 3.3.7.');
    expect(result.incomplete[0]).toMatchObject({ id: 'redundant-entry', source: 'balise', barriers: ['redundant-entry'] });
    expect(result.incomplete[0]!.tags).toContain('barrier.redundant-entry');
  });

  it('says the same in English', async () => {
    const steps = await stepsFromHtml([
      { body: field('pc', 'Postcode', 'autocomplete="postal-code"') },
      { body: field('pc2', 'Postcode of your address', 'autocomplete="postal-code"') },
    ], 'en');
    const result = run(steps, 'en');
    expect(result.violations).toEqual([]);
    expect(nodesOf(result, 'incomplete').map((n) => n.failureSummary)).toEqual([
      'The field "Postcode of your address" (step 2) asks again for "Postcode", already asked at step 1 (same autocomplete value "postal-code"). Balise does not read values: check whether it is pre-filled or offered to select, which meets WCAG 3.3.7.',
    ]);
  });

  it('needs review when only the meaning of the labels matches (synonyms, no shared token)', async () => {
    const steps = await stepsFromHtml([
      { body: field('a', 'Courriel') + field('n1', 'Nom de famille') },
      { body: field('b', 'Adresse électronique') + field('n2', 'Nom', 'autocomplete="family-name"') },
    ], 'fr');
    const result = run(steps);
    expect(nodesOf(result, 'violations')).toHaveLength(0);
    expect(nodesOf(result, 'incomplete').map((n) => n.target)).toEqual([['step-1', '#b'], ['step-1', '#n2']]);
  });

  it('does not fire for the same label asked about two different people', async () => {
    const steps = await stepsFromHtml([
      { body: `<fieldset><legend>Demandeur</legend>${field('n1', 'Nom', 'autocomplete="family-name"')}${field('p1', 'Prénom')}</fieldset>` },
      { body: `<fieldset><legend>Conjoint</legend>${field('n2', 'Nom', 'autocomplete="family-name"')}${field('p2', 'Prénom')}</fieldset>` },
      { body: `<h1>Vos enfants</h1><h2>Enfant 1</h2>${field('c1', 'Prénom')}<h2>Enfant 2</h2>${field('c2', 'Prénom')}` },
      { body: `<h2>Enfant 2</h2>${field('c3', 'Date de naissance')}` },
    ], 'fr');
    const result = run(steps);
    expect(result.violations).toHaveLength(0);
    expect(result.incomplete).toHaveLength(0);
    expect(result.passes[0]!.nodes[0]!.target).toEqual(['journey']);
  });

  it('reports "e-mail" then "confirmez votre e-mail" on one page once, as needs review', async () => {
    const steps = await stepsFromHtml([
      { body: field('m1', 'E-mail', 'type="email" autocomplete="email"') + field('m2', 'Confirmez votre e-mail', 'type="email" autocomplete="email"') },
      { body: field('tel', 'Téléphone') },
    ], 'fr');
    const result = run(steps);
    expect(nodesOf(result, 'violations')).toHaveLength(0);
    const nodes = nodesOf(result, 'incomplete');
    expect(nodes).toHaveLength(1);
    expect(nodes[0]!.target).toEqual(['step-0', '#m2']);
    expect(nodes[0]!.failureSummary).toBe('Le champ « Confirmez votre e-mail » fait saisir une seconde fois « E-mail » sur la même page.');
  });

  it('reports an e-mail asked again on a later page once, even when the first page also confirmed it', async () => {
    const steps = await stepsFromHtml([
      { body: field('m1', 'Email address', 'autocomplete="email"') + field('m2', 'Confirm email address', 'autocomplete="email"') },
      { body: field('m3', 'What is your email address?', 'type="email" autocomplete="email"') },
    ], 'en');
    const result = run(steps, 'en');
    expect(result.violations).toEqual([]);
    expect(nodesOf(result, 'incomplete').map((n) => n.target)).toEqual([['step-0', '#m2'], ['step-1', '#m3']]);
    expect(nodesOf(result, 'incomplete')[1]!.failureSummary).toContain('already asked at step 1');
  });

  it('does not count a screen seen again (after an error) or a password asked again', async () => {
    const form = field('mail', 'Email', 'autocomplete="email"') + field('pw', 'Password', 'type="password" autocomplete="new-password"') + field('pw2', 'Confirm password', 'type="password" autocomplete="new-password"');
    const steps = await stepsFromHtml([
      { body: form, url: 'https://demarche.test/account' },
      { body: '<div class="govuk-error-summary"><h2>There is a problem</h2></div>' + form, url: 'https://demarche.test/account' },
      { body: field('pw3', 'Password', 'type="password" autocomplete="current-password"'), url: 'https://demarche.test/sign-in' },
    ], 'en');
    const result = run(steps, 'en');
    expect(result.violations).toHaveLength(0);
    expect(result.incomplete).toHaveLength(0);
  });

  it('does not fire for the partner in English, nor for generic one-word labels', async () => {
    const steps = await stepsFromHtml([
      { body: field('l1', 'Last name', 'autocomplete="family-name"') + field('o1', 'Other') + field('a1', 'Amount') },
      { body: `<h1>About your partner</h1>${field('l2', 'Last name', 'autocomplete="family-name"')}` + field('o2', 'Other') + field('a2', 'Amount') },
    ], 'en');
    const result = run(steps, 'en');
    expect(result.violations).toHaveLength(0);
    expect(result.incomplete).toHaveLength(0);
  });

  describe('with a step that could not be checked', () => {
    it('still reports the same token on two checked steps, whichever step was missed', async () => {
      const mail = (id: string) => ({ body: field(id, 'Courriel', 'type="email" autocomplete="email"') });
      for (const pages of [[mail('a'), null, mail('b')], [mail('a'), mail('b'), null]]) {
        const { steps, notChecked } = await stepsWithGaps(pages, 'fr');
        const result = run(steps, 'fr', notChecked);
        expect(nodesOf(result, 'incomplete').map((n) => n.target)).toEqual([[`step-${steps[1]!.index}`, '#b']]);
        expect(result.passes).toEqual([]);
      }
    });

    it('does not pass "nothing asked again" when a step was missed, in the middle or last', async () => {
      const pages = [{ body: field('nom', 'Nom de famille') }, { body: field('tel', 'Numéro de téléphone', 'type="tel"') }];
      for (const [gapped, lang, text] of [
        [[pages[0]!, null, pages[1]!], 'fr', 'Rien n’est redemandé d’une étape vérifiée à l’autre, mais l’étape 2 n’a pas pu être vérifiée : une information déjà donnée y est peut-être redemandée. Vérifiez à la main.'],
        [[pages[0]!, pages[1]!, null, null], 'en', 'Nothing is asked again from one checked step to another, but steps 3 and 4 could not be checked: information already given may be asked again there. Check by hand.'],
      ] as const) {
        const { steps, notChecked } = await stepsWithGaps(gapped, lang);
        const result = run(steps, lang, notChecked);
        expect(result.passes).toEqual([]);
        expect(result.violations).toEqual([]);
        expect(nodesOf(result, 'incomplete').map((n) => [n.target, n.failureSummary])).toEqual([[['journey'], text]]);
      }
      expect(run(await stepsFromHtml(pages, 'fr')).passes).toHaveLength(1);
    });
  });
});
