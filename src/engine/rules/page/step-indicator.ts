import { defineRule, fail, pass, review, type PageFinding } from '../../model/rule';
import { findStepIndicators } from '../../dom/step-indicator';

/**
 * The page says where the person is in the procedure. Found and consistent: pass, with current
 * and total as evidence. "Étape 5 sur 3" or a step 0 is certainly wrong: fail. A DSFR stepper
 * whose visible text and data attributes disagree: needs review (one of them is stale). No
 * indicator is not reported on one page: GOV.UK advises against them on short forms, and the
 * journey recorder compares the steps really met with what indicators announced.
 */
export default defineRule({
  id: 'step-indicator',
  scope: 'page',
  impact: 'moderate',
  tags: ['cat.balise'],
  barriers: ['step-navigation'],
  text: {
    fr: {
      description: 'L’indicateur d’étapes dit juste où en est la personne.',
      help: 'Affichez « Étape X sur N » avec des nombres exacts, par exemple avec l’indicateur d’étapes du DSFR.',
      messages: {
        impossible: 'L’indicateur annonce l’étape {current} sur {total} : c’est impossible.',
        mismatch: 'L’indicateur affiche « {text} » mais ses données disent étape {current} sur {total}.',
      },
    },
    en: {
      description: 'The step indicator tells the person correctly where they are.',
      help: 'Show "Step X of N" with exact numbers, for example with the DSFR stepper.',
      messages: {
        impossible: 'The indicator says step {current} of {total}: that is impossible.',
        mismatch: 'The indicator shows "{text}" but its data says step {current} of {total}.',
      },
    },
  },
  evaluatePage(doc) {
    return findStepIndicators(doc).map(({ element, current, total, source, mismatch }): PageFinding => {
      const evidence = { current, total, source };
      if (current < 1 || total < 1 || current > total) return { element, outcome: fail('impossible', { current, total }, evidence) };
      if (mismatch) return { element, outcome: review('mismatch', { text: mismatch.text, current, total }, { ...evidence, text: mismatch.text }) };
      return { element, outcome: pass(evidence) };
    });
  },
});
