import { defineRule, review } from '../../model/rule';
import { addFinding, blockExcerpt, findingsOrPass, pageBlocks, ruleFindings } from './language-blocks';
import { lix } from './text-measures';
import { levelLabels } from './level-labels';

/**
 * A block of text hard to read as a whole, by our readability score (0-100, higher is easier,
 * on the Kandel-Moles / Flesch scale) with LIX beside it. A score on a few words is noise, so
 * only blocks of 30 words or more are scored, and the counts go with every score. A formula
 * cannot prove a text is too hard for its readers: this always needs review.
 */
export const MIN_BLOCK_WORDS = 30;
/** Below this score a block is flagged: "difficult" for the general public, not "easy" for FALC. */
export const HARD_SCORE = { general: 50, falc: 70 } as const;
const PROSE_ROLES = new Set(['paragraph', 'hint', 'label', 'legend', 'error']);

export default defineRule({
  id: 'hard-text-block',
  scope: 'page',
  impact: 'moderate',
  tags: ['cat.language', 'cat.balise'],
  barriers: ['complex-language'],
  text: {
    fr: {
      description: 'Chaque bloc de texte est facile à lire.',
      help: 'Ce texte est difficile à lire : phrases courtes, mots courants, une idée par phrase.',
      messages: {
        hard: 'Texte {level} (score {score}/100, LIX {lix} ; mots : {words}, phrases : {sentences}) : « {excerpt} ». Raccourcissez les phrases et employez des mots courants.',
      },
    },
    en: {
      description: 'Each block of text is easy to read.',
      help: 'This text is hard to read: use short sentences, everyday words, one idea per sentence.',
      messages: {
        hard: 'Text {level} (score {score}/100, LIX {lix}; words: {words}, sentences: {sentences}): "{excerpt}". Shorten the sentences and use everyday words.',
      },
    },
  },
  evaluatePage(doc, ctx) {
    const { readable } = pageBlocks(doc);
    const threshold = HARD_SCORE[ctx.profile];
    const findings = ruleFindings();
    for (const item of readable) {
      if (!PROSE_ROLES.has(item.block.role)) continue;
      const counts = item.counts();
      if (counts.words < MIN_BLOCK_WORDS) continue;
      const score = item.score();
      if (score === null || score >= threshold) continue;
      addFinding(findings, () => {
        const data = {
          level: levelLabels(score, item.lang)[ctx.lang],
          score: Math.round(score),
          lix: Math.round(lix(counts) ?? 0),
          words: counts.words,
          sentences: counts.sentences,
          excerpt: blockExcerpt(item.block, 120),
        };
        return { element: item.block.element, outcome: review('hard', data, { ...data, lang: item.lang, threshold }) };
      });
    }
    return findingsOrPass(readable, findings);
  },
});
