import { defineRule, review } from '../../model/rule';
import { addFinding, excerptAtWords, findingsOrPass, listShown, pageBlocks, quotedWords, ruleFindings } from './language-blocks';
import type { Sentence } from './text-measures';
import { findJargon } from './text-measures';

/**
 * Administrative words with a plainer alternative, from the lexicons in src/engine/lexicon
 * (DINUM and COSLA guidance in French, GOV.UK and the Plain English Campaign in English).
 * Whether a word is the right one in its context is a judgement: needs review.
 */
const MAX_TERMS_SHOWN = 5;

export default defineRule({
  id: 'admin-jargon',
  scope: 'page',
  impact: 'minor',
  tags: ['cat.language', 'cat.balise'],
  barriers: ['complex-language'],
  text: {
    fr: {
      description: 'Le texte emploie des mots courants plutôt que des mots administratifs.',
      help: 'Des mots administratifs rendent le texte difficile : employez le mot courant proposé.',
      messages: {
        jargon: 'Mots administratifs : {terms}. Dans « {excerpt} ».',
      },
    },
    en: {
      description: 'The text uses everyday words rather than administrative ones.',
      help: 'Administrative words make the text hard: use the everyday word suggested.',
      messages: {
        jargon: 'Administrative words: {terms}. In "{excerpt}".',
      },
    },
  },
  evaluatePage(doc, ctx) {
    const { readable } = pageBlocks(doc);
    const findings = ruleFindings();
    for (const item of readable) {
      if (item.block.inSentence) continue;
      const found = new Map<string, string>();
      let first: { sentence: Sentence; index: number; length: number } | undefined;
      for (const s of item.sentences()) {
        const hits = findJargon(s.words, item.lang);
        // A quoted title ("le formulaire « Demande de prestation »") is a name the service cannot reword.
        const quoted = hits.length > 0 ? quotedWords(s) : null;
        for (const hit of hits) {
          if (quoted?.has(hit.index)) continue;
          found.set(hit.term, hit.plain);
          first ??= { sentence: s, index: hit.index, length: hit.length };
        }
      }
      if (!first) continue;
      const at = first;
      addFinding(findings, () => {
        const arrow = ctx.lang === 'fr' ? (t: string, p: string) => `« ${t} » → « ${p} »` : (t: string, p: string) => `"${t}" → "${p}"`;
        const terms = listShown([...found].map(([t, p]) => arrow(t, p)), MAX_TERMS_SHOWN, ctx.lang);
        const data = { terms, excerpt: excerptAtWords(item.block, at.sentence, at.index, at.length) };
        return {
          element: item.block.element,
          outcome: review('jargon', data, { terms: [...found.keys()].join(' | '), plain: [...found.values()].join(' | '), lang: item.lang }),
        };
      });
    }
    return findingsOrPass(readable, findings);
  },
});
