import { fail, pass, review } from '../../model/rule';
import { defineJourneyRule, NOT_CHECKED_TEXT, notCheckedData, stepNumber } from '../journey-rule';
import { acknowledgementOf, readSteps } from '../read-step';

/**
 * The last screen must give proof that the procedure was done: a reference number or a receipt
 * (EU Single Digital Gateway regulation, art. 6). A confirmation page with no reference and no
 * receipt mention is a fail. A last screen that is not recognisably a confirmation needs review
 * (the record may have stopped early, or the wording is unusual); a record that ends on a screen
 * still asking questions was not finished, and says nothing.
 * The end of the procedure must have been seen: when a step after the last one checked could not
 * be checked, proof may be given there, so a confirmation without reference only needs review, and
 * a procedure whose end was not seen asks to check that end by hand.
 */
export default defineJourneyRule({
  id: 'no-acknowledgement',
  impact: 'serious',
  tags: ['cat.journey', 'sdg-art6'],
  barriers: ['no-acknowledgement'],
  text: {
    fr: {
      description: 'La dernière page donne un numéro de dossier ou un accusé de réception.',
      help: 'Donner une preuve que la démarche a été faite : numéro de dossier, accusé de réception.',
      messages: {
        confirmationWithoutReference: 'La page de confirmation (étape {step}) ne donne ni numéro de dossier ni accusé de réception : la personne n’a aucune preuve de sa démarche.',
        notConfirmation: 'La dernière étape enregistrée (étape {step}) ne ressemble pas à une confirmation et ne donne pas de référence. Vérifiez que la démarche est allée jusqu’au bout et qu’une preuve est donnée.',
        confirmationThenNotChecked: `La page de confirmation (étape {step}) ne donne ni numéro de dossier ni accusé de réception, mais ${NOT_CHECKED_TEXT.fr}, après elle : la preuve y est peut-être donnée. Vérifiez à la main.`,
        endNotChecked: `La fin de la démarche n’a pas été vue : ${NOT_CHECKED_TEXT.fr}. On ne sait pas si un numéro de dossier ou un accusé de réception est donné. Vérifiez la fin de la démarche à la main.`,
      },
    },
    en: {
      description: 'The last page gives a reference number or a receipt.',
      help: 'Give proof that the procedure was done: a reference number, a receipt.',
      messages: {
        confirmationWithoutReference: 'The confirmation page (step {step}) gives neither a reference number nor a receipt: the person has no proof of their request.',
        notConfirmation: 'The last recorded step (step {step}) does not look like a confirmation and gives no reference. Check that the procedure was completed and that proof is given.',
        confirmationThenNotChecked: `The confirmation page (step {step}) gives neither a reference number nor a receipt, but ${NOT_CHECKED_TEXT.en}, after it: proof may be given there. Check by hand.`,
        endNotChecked: `The end of the procedure was not seen: ${NOT_CHECKED_TEXT.en}. Whether a reference number or a receipt is given is not known. Check the end of the procedure by hand.`,
      },
    },
  },
  evaluateJourney(steps, ctx) {
    const last = readSteps(steps).at(-1);
    const after = ctx.notChecked.filter((index) => last === undefined || index > last.index);
    const unseenEnd = () => {
      const evidence = { notChecked: after.join(',') };
      return [{ step: after.at(-1)!, outcome: review('endNotChecked', notCheckedData(after, ctx.lang), evidence) }];
    };
    if (!last?.signals || last.fieldCount > 0) return after.length ? unseenEnd() : [];
    const { confirmation, reference } = acknowledgementOf(last);
    const evidence = { confirmation, reference };
    const step = stepNumber(last.index);
    // Proof seen is proof given, whatever came after.
    if (reference) return [{ step: last.index, outcome: pass(evidence) }];
    if (after.length === 0) {
      if (confirmation) return [{ step: last.index, outcome: fail('confirmationWithoutReference', { step }, evidence) }];
      return [{ step: last.index, outcome: review('notConfirmation', { step }, evidence) }];
    }
    if (confirmation) return [{ step: last.index, outcome: review('confirmationThenNotChecked', { step, ...notCheckedData(after, ctx.lang) }, { ...evidence, notChecked: after.join(',') }) }];
    return unseenEnd();
  },
});
