import { defineRule, fail } from '../../model/rule';
import { addFinding, findingsOrPass, pageBlocks, ruleFindings, wordStarts } from './language-blocks';
import type { Sentence } from './text-measures';
import { blockCapitalRuns } from './word-shapes';

/**
 * Text in capitals is read letter by letter by people who read with difficulty, and word shapes
 * vanish (FALC, Inclusion Europe; GOV.UK style). Four or more words in a row written in capitals
 * are certain; a run of acronyms ("CAF CPAM MSA URSSAF") is not block capitals, so at least half
 * the run must be ordinary words. Capitals made by CSS (text-transform) are not seen: layout-free.
 */
export default defineRule({
  id: 'block-capitals',
  scope: 'page',
  impact: 'minor',
  tags: ['cat.language', 'cat.balise'],
  barriers: ['complex-language'],
  text: {
    fr: {
      description: 'Le texte n’est pas écrit en lettres capitales.',
      help: 'Un texte en capitales est difficile à lire. Écrivez en minuscules, avec une majuscule au début de la phrase.',
      messages: {
        capitals: '{count} mots de suite en capitales : « {excerpt} ». Écrivez en minuscules ; pour insister, mettez en gras.',
      },
    },
    en: {
      description: 'Text is not written in capital letters.',
      help: 'Text in capitals is hard to read. Write in lower case, with a capital at the start of the sentence.',
      messages: {
        capitals: '{count} words in a row in capitals: "{excerpt}". Write in lower case; to stress something, use bold.',
      },
    },
  },
  evaluatePage(doc) {
    const { readable } = pageBlocks(doc);
    const findings = ruleFindings();
    for (const item of readable) {
      if (item.block.inSentence) continue;
      let best: { sentence: Sentence; start: number; end: number } | undefined;
      for (const s of item.sentences()) {
        for (const [start, end] of blockCapitalRuns(s.words, item.lang)) {
          if (!best || end - start > best.end - best.start) best = { sentence: s, start, end };
        }
      }
      if (!best) continue;
      const data = { count: best.end - best.start, excerpt: asWritten(best.sentence, best.start, best.end) };
      addFinding(findings, () => ({ element: item.block.element, outcome: fail('capitals', data, { ...data, lang: item.lang }) }), true);
    }
    return findingsOrPass(readable, findings);
  },
});

const MAX_WORDS_SHOWN = 12;

/** The run as the page writes it, punctuation included, cut after twelve words. */
function asWritten(sentence: Sentence, start: number, end: number): string {
  const starts = wordStarts(sentence);
  const last = Math.min(end, start + MAX_WORDS_SHOWN) - 1;
  const from = starts[start]!;
  const lastAt = starts[last]!;
  const more = end - start > MAX_WORDS_SHOWN ? ' …' : '';
  if (from < 0 || lastAt < 0) return sentence.words.slice(start, last + 1).join(' ') + more;
  return sentence.text.slice(from, lastAt + sentence.words[last]!.length) + more;
}
