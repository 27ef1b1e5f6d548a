import { defineRule, review, type PageFinding } from '../../model/rule';
import { queryDeep } from '../../dom';
import { findInText, searchableBlocks } from '../../dom/text-search';
import { wordingReadable } from '../../dom/page-language';

/**
 * Words that announce a time limit ("votre session expire", "session will time out", "il vous
 * reste 5 minutes") and live countdowns (role="timer"). The page says a limit exists but not
 * whether it can be extended or turned off (WCAG 2.2.1 allows that): needs review, never fail.
 */
const WORDING = new RegExp(
  [
    'session\\s+(?:va\\s+)?expir\\w*',
    'expir\\w+\\s+(?:de\\s+(?:la|votre)\\s+)?session',
    'd[ée]connect[ée]e?s?\\s+(?:automatiquement|apr[èe]s|au\\s+bout)',
    'il\\s+vous\\s+reste\\s+\\d+\\s*(?:min|sec|s\\b)',
    'temps\\s+restant',
    'dans\\s+\\d+\\s*(?:minutes?|secondes?)\\s*,?\\s*(?:vous\\s+serez|la\\s+session|votre\\s+session)',
    'session\\s+(?:will\\s+)?(?:time[sd]?\\s*out|expire[sd]?)',
    '(?:time[sd]?\\s*out|expire[sd]?)\\s+(?:after|in)\\s+\\d+',
    'time\\s+remaining',
    'you\\s+have\\s+\\d+\\s*(?:minutes?|seconds?)\\s+(?:left|remaining|to)',
    "we['’]ll\\s+sign\\s+you\\s+out",
    'signed\\s+out\\s+(?:automatically|after)',
  ].join('|'),
  'i',
);

export default defineRule({
  id: 'time-limit-wording',
  scope: 'page',
  impact: 'serious',
  tags: ['cat.balise', 'wcag2a', 'wcag221'],
  barriers: ['time-limit'],
  text: {
    fr: {
      description: 'La démarche n’impose pas de délai pour lire et remplir la page.',
      help: 'Supprimez la limite, ou prévenez avant l’expiration et laissez prolonger d’un clic (au moins 20 secondes pour répondre).',
      messages: {
        wording: 'La page annonce une limite de temps (« {found} ») : vérifiez qu’on peut la prolonger ou la couper.',
        timer: 'Un compte à rebours est affiché : vérifiez qu’on peut le prolonger ou le couper.',
      },
    },
    en: {
      description: 'The procedure does not impose a time limit for reading and filling in the page.',
      help: 'Remove the limit, or warn before it ends and let people extend it with one click (at least 20 seconds to answer).',
      messages: {
        wording: 'The page announces a time limit ("{found}"): check that it can be extended or turned off.',
        timer: 'A countdown is shown: check that it can be extended or turned off.',
      },
    },
  },
  evaluatePage(doc) {
    const findings: PageFinding[] = queryDeep(doc, '[role=timer]').map((element) => ({ element, outcome: review('timer', {}, { role: 'timer' }) }));
    if (!wordingReadable(doc)) return findings;
    for (const match of findInText(searchableBlocks(doc), WORDING, 5)) {
      if (findings.some((f) => f.element === match.element)) continue;
      findings.push({ element: match.element, outcome: review('wording', { found: match.match }, { found: match.match }) });
    }
    return findings;
  },
});
