import { fail, pass, review } from '../../model/rule';
import { defineJourneyRule, stepNumber } from '../journey-rule';
import { acknowledgementOf, readSteps } from '../read-step';

/**
 * The last screen must give proof that the procedure was done: a reference number or a receipt
 * (EU Single Digital Gateway regulation, art. 6). A confirmation page with no reference and no
 * receipt mention is a fail. A last screen that is not recognisably a confirmation needs review
 * (the record may have stopped early, or the wording is unusual); a record that ends on a screen
 * still asking questions was not finished, and says nothing.
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
      },
    },
    en: {
      description: 'The last page gives a reference number or a receipt.',
      help: 'Give proof that the procedure was done: a reference number, a receipt.',
      messages: {
        confirmationWithoutReference: 'The confirmation page (step {step}) gives neither a reference number nor a receipt: the person has no proof of their request.',
        notConfirmation: 'The last recorded step (step {step}) does not look like a confirmation and gives no reference. Check that the procedure was completed and that proof is given.',
      },
    },
  },
  evaluateJourney(steps) {
    const last = readSteps(steps).at(-1);
    if (!last?.signals || last.fieldCount > 0) return [];
    const { confirmation, reference } = acknowledgementOf(last);
    const evidence = { confirmation, reference };
    if (reference) return [{ step: last.index, outcome: pass(evidence) }];
    if (confirmation) return [{ step: last.index, outcome: fail('confirmationWithoutReference', { step: stepNumber(last.index) }, evidence) }];
    return [{ step: last.index, outcome: review('notConfirmation', { step: stepNumber(last.index) }, evidence) }];
  },
});
