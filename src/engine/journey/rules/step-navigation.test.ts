import { describe, expect, it } from 'vitest';
import type { JourneyStep } from '../../model/report';
import { runJourneyRules } from '../run-journey-rules';
import { CONFIRMATION_PAGE, stepsFromHtml, stepsWithGaps, type TestPage } from '../testing/steps-from-html';
import stepNavigation from './step-navigation';

const BACK_FR = '<a href="/prev" class="fr-link--back">Retour</a>';
const BACK_EN = '<a href="/prev" class="govuk-back-link">Back</a>';

function screen(n: number, extra = '', back = BACK_FR): TestPage {
  return { body: `${n > 0 ? back : ''}${extra}<label for="q${n}">Question numéro ${n}</label><input id="q${n}" name="q${n}">`, url: `https://demarche.test/q${n}` };
}
const stepper = (current: number, total: number) => `<div class="fr-stepper"><h2 class="fr-stepper__title">Titre<span class="fr-stepper__state">Étape ${current} sur ${total}</span></h2></div>`;

function run(steps: JourneyStep[], lang: 'fr' | 'en' = 'fr', notChecked: number[] = []) {
  const result = runJourneyRules(steps, [stepNavigation], { lang, profile: 'general', notChecked });
  const keys = (bucket: 'violations' | 'incomplete' | 'passes') => result[bucket].flatMap((r) => r.nodes).map((n) => n.any[0]?.id ?? 'pass');
  return { result, fails: keys('violations'), reviews: keys('incomplete'), passes: keys('passes') };
}

describe('step-navigation (journey)', () => {
  it('fails when "Étape 2 sur 4" is followed by more screens than announced', async () => {
    const pages = [screen(0, stepper(1, 4)), screen(1, stepper(2, 4)), screen(2), screen(3), screen(4), screen(5), CONFIRMATION_PAGE.fr];
    const { result, fails } = run(await stepsFromHtml(pages, 'fr'));
    expect(fails).toEqual(['step-navigation.indicatorDisagrees']);
    const node = result.violations[0]!.nodes[0]!;
    expect(node.evidence).toMatchObject({ step: 0, claimed: 4, seen: 6 });
    expect(node.failureSummary).toBe('L’indicateur annonce 4 étapes (« 1 sur 4 » à l’étape 1), mais 6 écrans ont été parcourus.');
  });

  it('passes an indicator that matches, not counting the start page, the confirmation or a screen seen again', async () => {
    const start: TestPage = { body: '<h1>Demander une aide</h1><p>Munissez-vous de votre avis d’imposition.</p><a href="/q0">Commencer</a>', url: 'https://demarche.test/' };
    const pages = [start, screen(0, stepper(1, 4)), screen(1, stepper(2, 4)), screen(1, '<div class="fr-alert fr-alert--error"><p>Il y a un problème</p></div>' + stepper(2, 4)), screen(2, stepper(3, 4)), { body: BACK_FR + stepper(4, 4) + '<h1>Récapitulatif</h1><dl><dt>Nom</dt></dl><button>Envoyer</button>', url: 'https://demarche.test/recap' }, CONFIRMATION_PAGE.fr];
    const { fails, reviews, passes } = run(await stepsFromHtml(pages, 'fr'));
    expect(fails).toEqual([]);
    expect(reviews).toEqual([]);
    expect(passes).toHaveLength(2);
  });

  it('needs review, not a fail, when several screens share one step number', async () => {
    const pages = [screen(0, stepper(1, 3)), screen(1, stepper(2, 3)), screen(2, stepper(2, 3)), screen(3, stepper(3, 3))];
    const { fails, reviews } = run(await stepsFromHtml(pages, 'fr'));
    expect(fails).toEqual([]);
    expect(reviews).toEqual(['step-navigation.indicatorSubPages']);
  });

  it('fails a step numbered beyond its own total, in English', async () => {
    const pages = [screen(0, '<p>Step 1 of 2</p>', BACK_EN), screen(1, '<p>Step 2 of 2</p>', BACK_EN), screen(2, '<p>Step 3 of 2</p>', BACK_EN)];
    const { result, fails } = run(await stepsFromHtml(pages, 'en'), 'en');
    expect(fails).toEqual(['step-navigation.indicatorDisagrees']);
    expect(result.violations[0]!.nodes[0]!.failureSummary).toBe('The indicator announces 2 steps ("3 of 2" at step 3), but 3 screens were gone through.');
  });

  it('asks for review beyond 8 form screens (DSFR) but not at 8', async () => {
    const nine = Array.from({ length: 9 }, (_, n) => screen(n, stepper(n + 1, 9)));
    const long = run(await stepsFromHtml(nine, 'fr'));
    expect(long.reviews).toEqual(['step-navigation.tooManySteps']);
    expect(long.result.incomplete[0]!.nodes[0]!.target).toEqual(['step-8']);
    const eight = run(await stepsFromHtml(nine.slice(0, 8).map((_, n) => screen(n, stepper(n + 1, 8))), 'fr'));
    expect(eight.reviews).toEqual([]);
  });

  it('asks for review of steps without a way back and of a procedure sent without a summary', async () => {
    const pages = [screen(0), screen(1, '', ''), screen(2), CONFIRMATION_PAGE.en];
    const { result, reviews } = run(await stepsFromHtml(pages, 'en'), 'en');
    expect(reviews.sort()).toEqual(['step-navigation.noBack', 'step-navigation.noIndicator', 'step-navigation.noSummary']);
    const noBack = result.incomplete[0]!.nodes.find((n) => n.any[0]!.id.endsWith('noBack'))!;
    expect(noBack.target).toEqual(['step-1']);
    expect(noBack.failureSummary).toContain('Step 2 offers no link');
  });

  it('says nothing about a summary while the procedure is not sent yet', async () => {
    const { reviews } = run(await stepsFromHtml([screen(0), screen(1)], 'fr'));
    expect(reviews).toEqual([]);
  });

  describe('with a step that could not be checked', () => {
    const gaps = async (pages: Array<TestPage | null>, lang: 'fr' | 'en' = 'fr') => {
      const { steps, notChecked } = await stepsWithGaps(pages, lang);
      return run(steps, lang, notChecked);
    };

    it('does not pass an indicator that fits the screens seen when a step it counts was missed, in the middle or last', async () => {
      const middle = await gaps([screen(0, stepper(1, 3)), null, screen(2, stepper(3, 3))]);
      expect(middle.passes).toEqual([]);
      expect(middle.reviews).toEqual(['step-navigation.indicatorNotAllSeen']);
      expect(middle.result.incomplete[0]!.nodes[0]!.failureSummary).toBe('L’indicateur annonce 3 étapes et 2 écrans ont été vus, mais l’étape 2 n’a pas pu être vérifiée : on ne peut pas dire si l’indicateur est juste.');
      const last = await gaps([screen(0, stepper(1, 3), BACK_EN), screen(1, stepper(2, 3), BACK_EN), null], 'en');
      expect(last.reviews).toEqual(['step-navigation.indicatorNotAllSeen']);
      expect(last.result.incomplete[0]!.nodes[0]!.evidence).toMatchObject({ claimed: 3, seen: 2, notChecked: '2' });
      expect(last.result.incomplete[0]!.nodes[0]!.failureSummary).toContain('but step 3 could not be checked: whether the indicator is right cannot be said');
    });

    it('still passes when the missed step came before the indicator, and still fails an indicator the screens seen exceed', async () => {
      const start = await gaps([null, screen(1, stepper(1, 2)), screen(2, stepper(2, 2))]);
      expect(start.reviews).toEqual([]);
      expect(start.passes).toEqual(['pass']);
      const exceeded = await gaps([screen(0, stepper(1, 2)), screen(1, stepper(2, 2)), screen(2), null, screen(4), null]);
      expect(exceeded.fails).toEqual(['step-navigation.indicatorDisagrees']);
    });

    it('says which missed step may have been the summary', async () => {
      const { result, reviews } = await gaps([screen(0), screen(1), null, CONFIRMATION_PAGE.fr]);
      expect(reviews).toEqual(['step-navigation.noSummaryNotChecked']);
      expect(result.incomplete[0]!.nodes[0]!.failureSummary).toBe('Aucun récapitulatif à relire n’a été vu avant l’envoi de la demande, mais l’étape 3 n’a pas pu être vérifiée : le récapitulatif s’y trouvait peut-être. Vérifiez à la main.');
    });
  });
});
