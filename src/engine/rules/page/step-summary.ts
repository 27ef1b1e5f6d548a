import { defineRule, pass, review } from '../../model/rule';
import { queryDeep, readableText } from '../../dom';
import { findStepIndicators } from '../../dom/step-indicator';
import { wordingReadable } from '../../dom/page-language';

/**
 * Before sending, people check their answers on one page and can change each one ("Vérifiez vos
 * réponses", "Check your answers", GOV.UK summary list with "Change" links). A summary found:
 * pass, with the number of change links. The last step the page numbers (current = total)
 * without a summary: needs review (the summary may come after it). Other pages: not reported.
 */
const SUMMARY_HEADING = /r[ée]capitulatif|v[ée]rifi(?:ez|er)\s+(?:vos|les)\s+(?:r[ée]ponses|informations|donn[ée]es)|relisez\s+vos\s+r[ée]ponses|check\s+your\s+answers|review\s+your\s+(?:answers|application)|check\s+(?:your\s+)?(?:details|information)\s+before/i;
const CHANGE = /^(?:modifier|changer|change|edit)\b/i;

export default defineRule({
  id: 'step-summary',
  scope: 'page',
  impact: 'minor',
  tags: ['cat.balise'],
  barriers: ['step-navigation'],
  text: {
    fr: {
      description: 'Avant l’envoi, un récapitulatif permet de vérifier et de modifier ses réponses.',
      help: 'Ajoutez une page « Vérifiez vos réponses » avec un lien « Modifier » pour chaque réponse.',
      messages: {
        missing: 'Dernière étape ({current} sur {total}) sans récapitulatif des réponses : vérifiez qu’on peut relire avant d’envoyer.',
      },
    },
    en: {
      description: 'Before sending, a summary lets people check and change their answers.',
      help: 'Add a "Check your answers" page with a "Change" link for each answer.',
      messages: {
        missing: 'Last step ({current} of {total}) without a summary of answers: check that people can read them again before sending.',
      },
    },
  },
  evaluatePage(doc) {
    if (!wordingReadable(doc)) return [];
    const heading = queryDeep(doc, 'h1, h2, legend, .fr-stepper__title, .govuk-heading-l, .govuk-heading-xl').find((h) => SUMMARY_HEADING.test(readableText(h)));
    const list = queryDeep(doc, '.govuk-summary-list, .fr-summary, dl.summary')[0];
    const summary = heading ?? list;
    if (summary) {
      const changeLinks = queryDeep(doc, 'a[href], button').filter((a) => CHANGE.test(readableText(a))).length;
      return [{ element: summary, outcome: pass({ summary: heading ? readableText(heading).slice(0, 80) : 'summary list', changeLinks }) }];
    }
    const last = findStepIndicators(doc).find((s) => s.total > 1 && s.current === s.total);
    if (!last) return [];
    return [{ element: last.element, outcome: review('missing', { current: last.current, total: last.total }, { current: last.current, total: last.total }) }];
  },
});
