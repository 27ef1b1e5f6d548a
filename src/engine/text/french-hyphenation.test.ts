import hyphenFr from 'hyphen/fr';
import { describe, expect, it } from 'vitest';
import { FR_COMMON_WORDS } from './data/fr-common-words';
import { FR_GRADED_WORDS } from './data/fr-graded-words';
import { frenchHyphenationPoints } from './french-hyphenation';

const SOFT_HYPHEN = '\u00AD';
/** What syllables.ts used to count with: the library's own reading of the same patterns. */
function libraryPoints(word: string): number {
  return hyphenFr.hyphenateSync(word, { minWordLength: 1, hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN).length - 1;
}

// Deterministic pseudo-random words (a linear congruential generator), so a failure can be replayed.
function randomWords(count: number, alphabet: string): string[] {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(next() * 16);
    return Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  });
}

describe('frenchHyphenationPoints', () => {
  it('finds the points of the hyphen library on common and graded French words', () => {
    const words = [...new Set(`${FR_COMMON_WORDS} ${FR_GRADED_WORDS}`.split(/[\s\d.]+/u).filter((w) => /^\p{L}+$/u.test(w)))];
    expect(words.length).toBeGreaterThan(2000);
    const differ = words.filter((w) => frenchHyphenationPoints(w) !== libraryPoints(w));
    expect(differ).toEqual([]);
  });

  it('agrees on random letter strings, which reach the patterns at the ends of words', () => {
    const differ = randomWords(20_000, 'aeiouyéèêàâîôûœçbcdfghjklmnpqrstvwxz').filter((w) => frenchHyphenationPoints(w) !== libraryPoints(w));
    expect(differ).toEqual([]);
  });

  it('hyphenates letter runs between digits on their own', () => {
    for (const w of ['administration2024', '12administration', 'a1b', 'covid19', '2024', 'aéroport3aéroport']) {
      expect(frenchHyphenationPoints(w)).toBe(libraryPoints(w));
    }
    expect(frenchHyphenationPoints('administration2024administration')).toBe(2 * frenchHyphenationPoints('administration'));
    expect(frenchHyphenationPoints('administration')).toBe(4);
  });
});
