import { defineRule, pass, review } from '../../model/rule';
import { linkText } from '../../dom';
import { findBackControl, isProcedureStep } from '../../dom/form-page';
import { findStepIndicators } from '../../dom/step-indicator';
import { wordingReadable } from '../../dom/page-language';

/**
 * A way back to the previous step, other than the browser's button (which often loses answers or
 * shows "document expired"). Found: pass. Missing on a step the page itself numbers beyond the
 * first: needs review (the browser's back button may work). Other pages: not reported, we cannot
 * tell a first step from a later one.
 */
export default defineRule({
  id: 'step-back-link',
  scope: 'page',
  impact: 'moderate',
  tags: ['cat.balise'],
  barriers: ['step-navigation'],
  text: {
    fr: {
      description: 'Une étape de la démarche propose de revenir à l’étape précédente.',
      help: 'Ajoutez un lien « Retour » en haut de chaque étape, qui garde les réponses déjà données.',
      messages: {
        missing: 'Étape {current} sur {total} sans lien « Retour » ni « Précédent » : vérifiez qu’on peut revenir en arrière sans perdre ses réponses.',
      },
    },
    en: {
      description: 'A step of the procedure offers to go back to the previous step.',
      help: 'Add a "Back" link at the top of each step, keeping the answers already given.',
      messages: {
        missing: 'Step {current} of {total} has no "Back" or "Previous" link: check that people can go back without losing their answers.',
      },
    },
  },
  evaluatePage(doc) {
    if (!wordingReadable(doc)) return [];
    const back = findBackControl(doc);
    if (back && isProcedureStep(doc)) return [{ element: back, outcome: pass({ back: linkText(back).slice(0, 60) || 'back' }) }];
    const later = findStepIndicators(doc).find((s) => s.current > 1 && s.current <= s.total);
    if (!back && later) return [{ element: later.element, outcome: review('missing', { current: later.current, total: later.total }, { current: later.current, total: later.total }) }];
    return [];
  },
});
