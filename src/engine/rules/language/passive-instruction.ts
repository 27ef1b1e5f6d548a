import type { Lang } from '../../model/lang';
import { defineRule, review } from '../../model/rule';
import { addFinding, excerpt, findingsOrPass, pageBlocks, ruleFindings } from './language-blocks';
import { lookupForm } from './text-measures';

/**
 * Instructions in the passive ("Les documents doivent être envoyés", "The form must be signed")
 * hide who must act. Plain-language guidance asks for the active voice, addressed to the reader.
 * Two shapes are looked for: an obligation or possibility in the passive (modal + be + past
 * participle), and a passive with its agent ("est traitée par", "is checked by"). A heuristic on
 * word endings: needs review.
 */
interface Grammar {
  modals: ReadonlySet<string>;
  be: ReadonlySet<string>;
  infinitiveBe: string;
  agent: string;
  adverb(form: string): boolean;
  participle(form: string): boolean;
}

const FR_NOT_PARTICIPLES = new Set(['plus', 'tous', 'vous', 'nous', 'sous', 'dessus', 'dessous', 'refus', 'jus', 'tout', 'lui', 'aussi', 'ici', 'ceci', 'celui', 'parmi', 'assez', 'chez', 'déjà', 'été']);
const EN_IRREGULAR = new Set(
  'sent made given taken done paid shown known seen written kept held told brought bought found left lost met put read set sold spent thought understood chosen drawn driven forgotten hidden proven spoken sworn withdrawn built caught cut heard hit hurt laid led lent let meant rung shut sung sunk sat slept split spread stood struck stuck taught thrown torn worn won wound upheld undertaken overtaken begun broken frozen'.split(' '),
);
const EN_NOT_PARTICIPLES = new Set(['need', 'needed', 'indeed', 'red', 'bed', 'shed', 'seed', 'feed', 'speed', 'hundred', 'sacred', 'naked', 'wicked', 'able', 'aged']);

const GRAMMAR: Record<Lang, Grammar> = {
  fr: {
    modals: new Set(['doit', 'doivent', 'devra', 'devront', 'devrait', 'devraient', 'peut', 'peuvent', 'pourra', 'pourront', 'faut']),
    be: new Set(['est', 'sont', 'sera', 'seront', 'soit', 'soient', 'été', 'être', 'était', 'étaient', 'serait', 'seraient']),
    infinitiveBe: 'être',
    agent: 'par',
    adverb: (f) => ['pas', 'ne', 'bien', 'également', 'aussi', 'toujours', 'déjà', 'ensuite', 'dûment', 'alors', 'jamais', 'plus'].includes(f) || f.endsWith('ment'),
    participle: (f) => f.length > 3 && !FR_NOT_PARTICIPLES.has(f) && /(?:é|ée|és|ées|is|ise|ises|it|ite|ites|ert|erte|erts|ertes|int|inte|ints|intes|u|ue|us|ues)$/u.test(f),
  },
  en: {
    // Obligation and possibility, as in French; "will be removed" says what will happen, not who must act.
    modals: new Set(['must', 'should', 'shall', 'can', 'may', 'could', 'need', 'needs', 'has', 'have']),
    be: new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being']),
    infinitiveBe: 'be',
    agent: 'by',
    adverb: (f) => ['not', 'to', 'also', 'always', 'then', 'first', 'only', 'still', 'never'].includes(f) || (f.length > 4 && f.endsWith('ly')),
    participle: (f) => !EN_NOT_PARTICIPLES.has(f) && (EN_IRREGULAR.has(f) || (f.length > 4 && f.endsWith('ed'))),
  },
};
const INSTRUCTION_ROLES = new Set(['paragraph', 'hint', 'label', 'legend', 'error']);
const AGENT_WINDOW = 6;

export interface Passive {
  phrase: string;
  /** An obligation or possibility ("doit être envoyé"), or a statement with its agent ("est traité par"). */
  kind: 'obligation' | 'agent';
}

/** The passive phrase in a sentence's words, or null. Linear in the words. */
export function findPassive(words: readonly string[], lang: Lang): Passive | null {
  const g = GRAMMAR[lang];
  const forms = words.map((w) => lookupForm(w, lang));
  for (let i = 0; i < forms.length; i++) {
    const isModal = g.modals.has(forms[i]!);
    if (!isModal && !g.be.has(forms[i]!)) continue;
    let j = i + 1;
    while (j < forms.length && g.adverb(forms[j]!)) j++;
    if (isModal) {
      // "doit être envoyé", "must be signed", "needs to be sent"
      if (forms[j] !== g.infinitiveBe) continue;
      j++;
      while (j < forms.length && g.adverb(forms[j]!)) j++;
      if (j < forms.length && g.participle(forms[j]!)) return { phrase: words.slice(i, j + 1).join(' '), kind: 'obligation' };
      continue;
    }
    // "Être prévenu par SMS", "Be contacted by phone": an option the reader picks, about the reader.
    if (i === 0 && forms[i] === g.infinitiveBe) continue;
    // "est traitée par", "is checked by": the agent makes the passive certain enough to mention.
    if (j < forms.length && g.participle(forms[j]!) && forms.slice(j + 1, j + 1 + AGENT_WINDOW).includes(g.agent)) {
      return { phrase: words.slice(i, j + 1).join(' '), kind: 'agent' };
    }
  }
  return null;
}

export default defineRule({
  id: 'passive-instruction',
  scope: 'page',
  impact: 'minor',
  tags: ['cat.language', 'cat.balise'],
  barriers: ['complex-language'],
  text: {
    fr: {
      description: 'Les consignes disent qui fait quoi, à la forme active.',
      help: 'Une consigne à la forme passive cache qui doit agir. Écrivez-la à la forme active, en vous adressant au lecteur.',
      messages: {
        passive: 'Forme passive « {phrase} » dans « {excerpt} ». Dites qui fait quoi : « Envoyez le formulaire » plutôt que « Le formulaire doit être envoyé ».',
        passiveAgent: 'Forme passive « {phrase} » dans « {excerpt} ». Commencez par qui agit : « Nos services traitent votre dossier » plutôt que « Votre dossier est traité par nos services ».',
      },
    },
    en: {
      description: 'Instructions say who does what, in the active voice.',
      help: 'An instruction in the passive hides who must act. Write it in the active voice, addressed to the reader.',
      messages: {
        passive: 'Passive "{phrase}" in "{excerpt}". Say who does what: "Send the form" rather than "The form must be sent".',
        passiveAgent: 'Passive "{phrase}" in "{excerpt}". Start with who acts: "Our team checks your application" rather than "Your application is checked by our team".',
      },
    },
  },
  evaluatePage(doc) {
    const { readable } = pageBlocks(doc);
    const findings = ruleFindings();
    for (const item of readable) {
      if (!INSTRUCTION_ROLES.has(item.block.role)) continue;
      for (const s of item.sentences()) {
        const passive = findPassive(s.words, item.lang);
        if (!passive) continue;
        addFinding(findings, () => {
          const data = { phrase: passive.phrase, excerpt: excerpt(s.text, 140) };
          const message = passive.kind === 'agent' ? 'passiveAgent' : 'passive';
          return { element: item.block.element, outcome: review(message, data, { ...data, lang: item.lang }) };
        });
        break;
      }
    }
    return findingsOrPass(readable, findings);
  },
});
