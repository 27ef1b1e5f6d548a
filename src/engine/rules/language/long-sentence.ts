import { defineRule, fail, review } from '../../model/rule';
import { addFinding, excerpt, findingsOrPass, pageBlocks, ruleFindings } from './language-blocks';

/**
 * Long sentences lose readers: GOV.UK and DINUM say at most 25 words, FALC (Inclusion Europe)
 * 12 to 15. Over the limit is a judgement call (a list read as one line, a quoted title): needs
 * review. Over twice the limit no reader guide would accept it: a violation.
 */
export const SENTENCE_LIMITS = { general: 25, falc: 15 } as const;
// Buttons and links are names, not prose; their words are counted in the sentence around them.
const PROSE_ROLES = new Set(['paragraph', 'hint', 'label', 'legend', 'error', 'heading']);

export default defineRule({
  id: 'long-sentence',
  scope: 'page',
  impact: 'moderate',
  tags: ['cat.language', 'cat.balise'],
  barriers: ['complex-language'],
  text: {
    fr: {
      description: 'Les phrases sont courtes : 25 mots au plus (15 pour un texte en FALC).',
      help: 'Une phrase longue est difficile à suivre. Coupez-la en phrases courtes, une idée par phrase.',
      messages: {
        long: 'Phrase de {words} mots (limite : {limit}) : « {excerpt} ». Coupez-la en phrases plus courtes, une idée par phrase.',
        veryLong: 'Phrase de {words} mots, plus du double de la limite ({limit}) : « {excerpt} ». Coupez-la en plusieurs phrases, une idée par phrase.',
      },
    },
    en: {
      description: 'Sentences are short: 25 words at most (15 for easy-read text).',
      help: 'A long sentence is hard to follow. Split it into short sentences, one idea each.',
      messages: {
        long: 'Sentence of {words} words (limit: {limit}): "{excerpt}". Split it into shorter sentences, one idea each.',
        veryLong: 'Sentence of {words} words, more than twice the limit ({limit}): "{excerpt}". Split it into several sentences, one idea each.',
      },
    },
  },
  evaluatePage(doc, ctx) {
    const { readable } = pageBlocks(doc);
    const limit = SENTENCE_LIMITS[ctx.profile];
    const findings = ruleFindings();
    for (const item of readable) {
      if (!PROSE_ROLES.has(item.block.role)) continue;
      // One finding per block, for its longest sentence: a report must stay readable too.
      let longest = { words: 0, text: '' };
      let over = 0;
      for (const s of item.sentences()) {
        if (s.words.length > limit) over++;
        if (s.words.length > longest.words) longest = { words: s.words.length, text: s.text };
      }
      if (longest.words <= limit) continue;
      const veryLong = longest.words > 2 * limit;
      addFinding(findings, () => {
        const data = { words: longest.words, limit, excerpt: excerpt(longest.text) };
        const evidence = { ...data, longSentences: over, lang: item.lang, profile: ctx.profile };
        return { element: item.block.element, outcome: veryLong ? fail('veryLong', data, evidence) : review('long', data, evidence) };
      }, veryLong);
    }
    return findingsOrPass(readable, findings);
  },
});
