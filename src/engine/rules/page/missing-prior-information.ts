import { defineRule, pass, review } from '../../model/rule';
import { linkText, queryDeep, readableText } from '../../dom';
import { wordingReadable } from '../../dom/page-language';

/**
 * A start page (a "Commencer" / "Start now" button) must say before the first question what the
 * procedure takes: how long, which documents, what it costs, how long the answer takes (EU
 * Single Digital Gateway regulation 2018/1724, art. 13). None of the four found: needs review
 * (the information may sit on a page before this one). Any found: pass, with what was found.
 */
const START = /^(?:commencer|d[ée]marrer|commencer\s+(?:la|ma|votre)\s+(?:d[ée]marche|demande)|faire\s+(?:ma|une|la)\s+demande(?:\s+en\s+ligne)?|acc[ée]der\s+(?:au|[àa]\s+la)\s+(?:service|d[ée]marche|formulaire|t[ée]l[ée]proc[ée]dure)|start(?:\s+now)?|begin|apply\s+now|start\s+(?:your|the|an?)\s+application)$/i;
const SIGNALS = {
  duration: /\b\d+\s*(?:min(?:utes?)?|mn)\b|(?:prend|dure|compter)\s+(?:environ|moins\s+de|une?\s+)|takes?\s+(?:about|around|up\s+to|less\s+than)|dur[ée]e\s+(?:estim[ée]e|de\s+la\s+d[ée]marche)/i,
  documents: /pi[èe]ces?\s+justificatives?|justificatifs?|documents?\s+(?:[àa]\s+fournir|n[ée]cessaires|demand[ée]s)|munissez[-\s]vous|(?:vous\s+aurez|il\s+vous\s+faut|vous\s+devez\s+avoir)\s+besoin|pr[ée]parez|you['’]ll\s+need|you\s+will\s+need|what\s+you\s+need|before\s+you\s+start|documents?\s+(?:you\s+need|required)/i,
  cost: /gratuite?s?\b|payante?s?\b|co[ûu]te?s?\b|\d+(?:[.,]\d+)?\s*(?:€|euros?)|€\s*\d|\bfrais\b|tarif|\bfree\b|£\s*\d|\bcosts?\b|\bfees?\b|to\s+pay\b/i,
  delay: /d[ée]lai|sous\s+\d+\s*(?:jours?|semaines?|mois)|\d+\s*(?:jours?|semaines?|mois)\b|r[ée]ponse\s+(?:sous|dans)|\d+\s*(?:days?|weeks?|months?)\b|working\s+days|how\s+long\s+it\s+takes|should\s+take/i,
} as const;
type Signal = keyof typeof SIGNALS;

export default defineRule({
  id: 'missing-prior-information',
  scope: 'page',
  impact: 'moderate',
  tags: ['cat.balise'],
  barriers: ['missing-prior-information'],
  text: {
    fr: {
      description: 'Avant de commencer, la page dit ce que demande la démarche : durée, documents, coût, délai de réponse.',
      help: 'Indiquez avant le bouton « Commencer » la durée, la liste des documents à préparer, le coût et le délai de réponse.',
      messages: {
        nothing: 'La page propose de commencer (« {button} ») sans dire la durée, les documents à préparer, le coût ni le délai de réponse.',
      },
    },
    en: {
      description: 'Before starting, the page says what the procedure takes: time, documents, cost, response time.',
      help: 'Before the "Start" button, state how long it takes, which documents to prepare, the cost and the response time.',
      messages: {
        nothing: 'The page offers to start ("{button}") without saying how long it takes, which documents to prepare, the cost or the response time.',
      },
    },
  },
  evaluatePage(doc) {
    if (!wordingReadable(doc)) return [];
    const start = queryDeep(doc, '.govuk-button--start, a, button, input[type=submit], [role=button]').find((el) => {
      const name = el.localName === 'input' ? (el.getAttribute('value') ?? '') : linkText(el);
      return el.classList.contains('govuk-button--start') || START.test(name.replace(/[›»→>]/g, '').trim());
    });
    if (!start) return [];
    const text = readableText(doc.querySelector('main') ?? doc.body);
    const found = (Object.keys(SIGNALS) as Signal[]).filter((signal) => SIGNALS[signal].test(text));
    const button = (start.localName === 'input' ? start.getAttribute('value') : linkText(start))?.trim() ?? '';
    const evidence = { button, duration: found.includes('duration'), documents: found.includes('documents'), cost: found.includes('cost'), delay: found.includes('delay') };
    return [{ element: start, outcome: found.length ? pass(evidence) : review('nothing', { button }, evidence) }];
  },
});
