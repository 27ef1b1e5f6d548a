import { defineRule, pass, review } from '../../model/rule';
import { linkText, queryDeep } from '../../dom';
import { findStepIndicators } from '../../dom/step-indicator';
import { wordingReadable } from '../../dom/page-language';

/**
 * A procedure of several steps lets people stop and come back (to fetch a paper, to ask for
 * help). A save control ("Enregistrer le brouillon", "Save and come back later"): pass. None in a
 * procedure the page numbers at 3 steps or more: needs review (answers may be kept anyway, e.g. in
 * an account). Pages without a step indicator are not reported.
 */
const SAVE = /brouillon|enregistrer(?:\s+et\s+(?:continuer|reprendre|finir)\s+plus\s+tard|\s+pour\s+plus\s+tard|\s+ma\s+(?:demande|saisie|progression)|\s+et\s+quitter)?|sauvegarder|reprendre\s+plus\s+tard|continuer\s+plus\s+tard|save\s+(?:and\s+(?:come\s+back|return|continue|finish)\s+later|as\s+(?:a\s+)?draft|for\s+later|and\s+(?:exit|quit)|(?:my\s+)?progress)|finish\s+later|come\s+back\s+later/i;
const MIN_STEPS = 3;

export default defineRule({
  id: 'step-save-for-later',
  scope: 'page',
  impact: 'minor',
  tags: ['cat.balise'],
  barriers: ['step-navigation'],
  text: {
    fr: {
      description: 'Une démarche en plusieurs étapes permet d’enregistrer pour reprendre plus tard.',
      help: 'Ajoutez « Enregistrer et reprendre plus tard » à chaque étape.',
      messages: {
        missing: 'Démarche en {total} étapes sans moyen d’enregistrer pour reprendre plus tard : une personne qui doit aller chercher un papier recommence tout.',
      },
    },
    en: {
      description: 'A procedure of several steps lets people save and come back later.',
      help: 'Add "Save and come back later" to each step.',
      messages: {
        missing: 'A {total}-step procedure with no way to save and come back later: a person who must fetch a paper starts again.',
      },
    },
  },
  evaluatePage(doc) {
    if (!wordingReadable(doc)) return [];
    const save = queryDeep(doc, 'a[href], button, input[type=submit], input[type=button]').find((el) =>
      SAVE.test(el.localName === 'input' ? (el.getAttribute('value') ?? '') : linkText(el)),
    );
    if (save) return [{ element: save, outcome: pass({ control: (linkText(save) || save.getAttribute('value') || '').slice(0, 60) }) }];
    const steps = findStepIndicators(doc).find((s) => s.total >= MIN_STEPS && s.current <= s.total);
    if (!steps) return [];
    return [{ element: steps.element, outcome: review('missing', { total: steps.total }, { current: steps.current, total: steps.total }) }];
  },
});
