import type { Lang } from '../model/lang';
import type { Counts } from './formulas';
import type { Sentence } from './segment';
import { letterCount, sentenceCounts } from './sentence-stats';

export { letterCount };

/** Sentences this short (headings, "Oui !", a lone label) are not parsed as sentences by a reader. */
export const MIN_SENTENCE_WORDS = 3;

/**
 * Raw counts for the formulas. Every word counts, but fragments of fewer than three words do not
 * count as sentences (unless there is nothing else): otherwise a block with a few headings or
 * labels would look easy whatever its prose. It is also the peer's rule, which keeps values comparable.
 */
export function countText(sentences: readonly Sentence[], lang: Lang): Counts {
  let words = 0;
  let syllables = 0;
  let longWords = 0;
  let full = 0;
  for (const s of sentences) {
    words += s.words.length;
    if (s.words.length >= MIN_SENTENCE_WORDS) full++;
    const c = sentenceCounts(s, lang);
    syllables += c.syllables;
    longWords += c.longWords;
  }
  return { words, sentences: full > 0 ? full : sentences.length, syllables, longWords };
}
