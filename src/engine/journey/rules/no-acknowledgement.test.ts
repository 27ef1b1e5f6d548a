import { describe, expect, it } from 'vitest';
import type { JourneyStep } from '../../model/report';
import { runJourneyRules } from '../run-journey-rules';
import { CONFIRMATION_PAGE, stepsFromHtml, stepsWithGaps, type TestPage } from '../testing/steps-from-html';
import noAcknowledgement from './no-acknowledgement';

const QUESTION: TestPage = { body: '<label for="q">Votre adresse</label><input id="q" name="q" required>' };

async function run(last: TestPage, lang: 'fr' | 'en') {
  const steps: JourneyStep[] = await stepsFromHtml([QUESTION, last], lang);
  return outcomes(steps, [], lang);
}

/** The first node of each bucket. */
function outcomes(steps: JourneyStep[], notChecked: number[], lang: 'fr' | 'en') {
  const result = runJourneyRules(steps, [noAcknowledgement], { lang, profile: 'general', notChecked });
  const first = (bucket: 'violations' | 'incomplete' | 'passes') => result[bucket][0]?.nodes[0];
  return { fail: first('violations'), review: first('incomplete'), pass: first('passes') };
}

describe('no-acknowledgement', () => {
  it('passes a confirmation with a file number (fr) or a reference (en)', async () => {
    const fr = await run(CONFIRMATION_PAGE.fr, 'fr');
    expect(fr.pass?.target).toEqual(['step-1']);
    expect(fr.fail ?? fr.review).toBeUndefined();
    expect((await run(CONFIRMATION_PAGE.en, 'en')).pass?.evidence).toMatchObject({ step: 1, confirmation: true, reference: true });
    expect((await run({ body: '<h1>Demande envoyée</h1><p>Référence : AB-2025-7781</p>' }, 'fr')).pass).toBeDefined();
    expect((await run({ body: '<h1>Application complete</h1><p>We have sent you a confirmation email.</p>' }, 'en')).pass).toBeDefined();
  });

  it('fails a confirmation page that gives no reference and no receipt', async () => {
    const { fail } = await run({ body: '<h1>Votre demande a bien été envoyée</h1><p>Merci. Nous la traiterons rapidement.</p>' }, 'fr');
    expect(fail?.target).toEqual(['step-1']);
    expect(fail?.failureSummary).toBe('La page de confirmation (étape 2) ne donne ni numéro de dossier ni accusé de réception : la personne n’a aucune preuve de sa démarche.');
    const en = await run({ body: '<div class="govuk-panel govuk-panel--confirmation"><h1>Application complete</h1></div><p>Thank you.</p>' }, 'en');
    expect(en.fail).toBeDefined();
  });

  it('needs review when the last page is not recognisably a confirmation, and says nothing while questions remain', async () => {
    const thanks = await run({ body: '<h1>Merci</h1><p>À bientôt sur notre site.</p>' }, 'fr');
    expect(thanks.review?.failureSummary).toContain('ne ressemble pas à une confirmation');
    expect(thanks.fail).toBeUndefined();
    const unfinished = await run({ body: '<label for="x">Your phone number</label><input id="x" name="x">' }, 'en');
    expect(unfinished).toEqual({ fail: undefined, review: undefined, pass: undefined });
  });

  it('does not take the file number quoted on a check-your-answers page for a receipt', async () => {
    const summary: TestPage = { body: '<h1>Check your answers before sending your application</h1><dl class="govuk-summary-list"><dt>Previous application number</dt><dd>502135326</dd></dl>' };
    const { pass, review } = await run(summary, 'en');
    expect(pass).toBeUndefined();
    expect(review?.evidence).toMatchObject({ step: 1, confirmation: false, reference: false });
  });

  describe('with a step that could not be checked', () => {
    const NO_REFERENCE: TestPage = { body: '<h1>Votre demande a bien été envoyée</h1><p>Merci. Nous la traiterons rapidement.</p>' };
    const gaps = async (pages: Array<TestPage | null>, lang: 'fr' | 'en' = 'fr') => {
      const { steps, notChecked } = await stepsWithGaps(pages, lang);
      return outcomes(steps, notChecked, lang);
    };

    it('only asks for review of a confirmation without reference when a step after it was not checked', async () => {
      const { fail, review } = await gaps([QUESTION, NO_REFERENCE, null]);
      expect(fail).toBeUndefined();
      expect(review?.target).toEqual(['step-1']);
      expect(review?.evidence).toMatchObject({ step: 1, confirmation: true, reference: false, notChecked: '2' });
      expect(review?.failureSummary).toBe('La page de confirmation (étape 2) ne donne ni numéro de dossier ni accusé de réception, mais l’étape 3 n’a pas pu être vérifiée, après elle : la preuve y est peut-être donnée. Vérifiez à la main.');
    });

    it('says the end was not seen when the last steps failed after a question, in English with two steps', async () => {
      const { fail, review, pass } = await gaps([QUESTION, null, null], 'en');
      expect(fail ?? pass).toBeUndefined();
      expect(review?.target).toEqual(['step-2']);
      expect(review?.failureSummary).toBe('The end of the procedure was not seen: steps 2 and 3 could not be checked. Whether a reference number or a receipt is given is not known. Check the end of the procedure by hand.');
      const fr = await gaps([QUESTION, { body: '<h1>Merci</h1>' }, null]);
      expect(fr.review?.failureSummary).toMatch(/^La fin de la démarche n’a pas été vue : l’étape 3 n’a pas pu être vérifiée\./);
    });

    it('stays a certain fail when the missed step came before the confirmation, and a pass when proof was seen', async () => {
      const before = await gaps([QUESTION, null, NO_REFERENCE]);
      expect(before.fail?.target).toEqual(['step-2']);
      expect(before.review).toBeUndefined();
      const proof = await gaps([QUESTION, CONFIRMATION_PAGE.fr, null]);
      expect(proof.pass?.target).toEqual(['step-1']);
      expect(proof.fail ?? proof.review).toBeUndefined();
    });
  });
});
