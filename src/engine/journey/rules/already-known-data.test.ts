import { describe, expect, it } from 'vitest';
import type { JourneyStep } from '../../model/report';
import { runJourneyRules } from '../run-journey-rules';
import { stepsFromHtml, stepsWithGaps } from '../testing/steps-from-html';
import alreadyKnownData from './already-known-data';

const field = (id: string, label: string, attrs = 'required') => `<label for="${id}">${label}</label><input id="${id}" name="${id}" ${attrs}>`;

function run(steps: JourneyStep[], lang: 'fr' | 'en' = 'fr', notChecked: number[] = []) {
  return runJourneyRules(steps, [alreadyKnownData], { lang, profile: 'general', notChecked });
}

describe('already-known-data (journey)', () => {
  it('passes (green) with one item, and counts an item asked twice once', async () => {
    const steps = await stepsFromHtml([{ body: field('f1', 'Numéro fiscal') }, { body: field('f2', 'Numéro fiscal de référence') }], 'fr');
    const result = run(steps);
    expect(result.violations).toHaveLength(0);
    expect(result.incomplete).toHaveLength(0);
    expect(result.passes[0]!.nodes).toHaveLength(1);
    expect(result.passes[0]!.nodes[0]!.evidence).toMatchObject({ kind: 'tax-number', count: 1, colour: 'green', step: 0 });
  });

  it('needs review in yellow (2-4 items), each item pointing at its step and field', async () => {
    const steps = await stepsFromHtml([
      { body: field('nir', 'Numéro de sécurité sociale') + field('caf', "Numéro d'allocataire CAF") },
      { body: field('avis', "Avis d'imposition", 'type="file" required') + field('nom', 'Nom') },
    ], 'fr');
    const result = run(steps);
    expect(result.violations).toHaveLength(0);
    const nodes = result.incomplete[0]!.nodes;
    expect(nodes.map((n) => n.target)).toEqual([['step-0', '#nir'], ['step-0', '#caf'], ['step-1', '#avis']]);
    expect(nodes[2]!.failureSummary).toBe("« Avis d'imposition » (avis d’imposition, étape 2) : l’administration détient déjà cette information. Sur la démarche : 3 éléments déjà connus, couleur jaune de l’Observatoire.");
  });

  it('fails in red with five required items, but only asks for review when some are optional', async () => {
    const five = [
      field('nir', 'Social security number'), field('tax', 'Tax reference number'), field('caf', 'Numéro allocataire'),
      field('addr', 'Proof of address', 'type="file" required'), field('notice', 'Tax notice', 'type="file" required'),
    ];
    const red = run(await stepsFromHtml([{ body: five.slice(0, 3).join('') }, { body: five.slice(3).join('') }], 'en'), 'en');
    expect(red.violations[0]!.nodes).toHaveLength(5);
    expect(red.violations[0]!.nodes[0]!.failureSummary).toContain('5 already-known items, Observatoire colour red');
    const optional = five.map((html) => html.replace(/ required>$/, '>'));
    const soft = run(await stepsFromHtml([{ body: optional.join('') }], 'en'), 'en');
    expect(soft.violations).toHaveLength(0);
    expect(soft.incomplete[0]!.nodes).toHaveLength(5);
  });

  it('does not count look-alikes: a tax notice mentioned in text, a phone or file number, the partner’s number apart', async () => {
    const steps = await stepsFromHtml([
      { body: "<p>Munissez-vous de votre avis d'imposition.</p>" + field('tel', 'Numéro de téléphone') + field('dos', 'Numéro de dossier') },
      { body: '<fieldset><legend>Your partner</legend>' + field('nir2', 'National Insurance number') + '</fieldset>' },
    ], 'fr');
    const result = run(steps);
    expect(result.incomplete).toHaveLength(0);
    expect(result.violations).toHaveLength(0);
    expect(result.passes[0]!.nodes[0]!.evidence).toMatchObject({ count: 1, colour: 'green' });
  });

  describe('with a step that could not be checked', () => {
    const five = [
      field('nir', 'Social security number'), field('tax', 'Tax reference number'), field('caf', 'Numéro allocataire'),
      field('addr', 'Proof of address', 'type="file" required'), field('notice', 'Tax notice', 'type="file" required'),
    ];

    it('keeps five required items a fail, saying the total may be higher', async () => {
      const { steps, notChecked } = await stepsWithGaps([{ body: five.slice(0, 3).join('') }, null, { body: five.slice(3).join('') }], 'en');
      const result = run(steps, 'en', notChecked);
      expect(result.violations[0]!.nodes).toHaveLength(5);
      expect(result.violations[0]!.nodes[4]!.target).toEqual(['step-2', '#notice']);
      expect(result.violations[0]!.nodes[0]!.failureSummary).toContain('On the checked steps: 5 already-known items, Observatoire colour red; but step 2 could not be checked, so the total may be higher.');
    });

    it('asks for review of one item, or none, instead of passing green, when a step was missed (last or before)', async () => {
      const one = await stepsWithGaps([{ body: field('f1', 'Numéro fiscal') }, null], 'fr');
      const result = run(one.steps, 'fr', one.notChecked);
      expect(result.passes).toEqual([]);
      expect(result.incomplete[0]!.nodes[0]!.evidence).toMatchObject({ kind: 'tax-number', count: 1, colour: 'green', notChecked: '1' });
      expect(result.incomplete[0]!.nodes[0]!.failureSummary).toBe('« Numéro fiscal » (numéro fiscal, étape 1) : l’administration détient déjà cette information. Sur les étapes vérifiées : 1 élément déjà connu, couleur vert de l’Observatoire ; mais l’étape 2 n’a pas pu être vérifiée, le total est peut-être plus élevé.');
      const none = await stepsWithGaps([null, { body: field('nom', 'Nom') }], 'fr');
      const empty = run(none.steps, 'fr', none.notChecked);
      expect(empty.passes).toEqual([]);
      expect(empty.incomplete[0]!.nodes.map((n) => [n.target, n.failureSummary])).toEqual([[['journey'], 'Aucun élément que l’administration détient déjà sur les étapes vérifiées, mais l’étape 1 n’a pas pu être vérifiée : il y en a peut-être. Vérifiez à la main.']]);
    });
  });
});
