import { describe, expect, it } from 'vitest';
import { matchesInWords } from './matches-in-words';
import { NUMBER_CHAR, REFERENCE_TOKEN } from './personal-data';

/** Deterministic pseudo-random numbers, so that a failure can be replayed. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Letters, digits (ASCII and not), the reference's inner separators, and every kind of gap.
const PIECES = ['A', 'b', 'é', 'Ж', '1', '7', '٣', '𝟎', '²', '-', '/', '.', '_', ' ', ' ', '\n', '\t', '\u00a0', '\u202f', '\u2028', '\r', '’', ',', '#', '😀'];

// Matches without a digit can come along from the same word; a reference needs one, so both sides
// keep only the matches that hold one.
const withDigit = (matches: Iterable<RegExpMatchArray>) => [...matches].filter((m) => NUMBER_CHAR.test(m[0])).map((m) => [m.index, m[0]]);
const wholeTextMatches = (text: string) => withDigit(text.matchAll(REFERENCE_TOKEN));
const wordMatches = (text: string) => withDigit(matchesInWords(text, REFERENCE_TOKEN, NUMBER_CHAR));

describe('matchesInWords', () => {
  it('finds a reference in the middle of a long line and among line breaks', () => {
    const text = 'Votre dossier n° AB-2024-004512 est\ncomplet. Ref\u00a0X1234567 et 12/03/2024';
    expect(wordMatches(text)).toEqual(wholeTextMatches(text));
    expect(wordMatches(text).map(([, token]) => token)).toEqual(['AB-2024-004512', 'X1234567', '12/03/2024']);
  });

  it('gives what a search of the whole text gives, on random strings', () => {
    // If the reference pattern is ever allowed to hold a space or to look further around it, this
    // fails, and masking must go back to searching the whole text.
    const random = mulberry32(20261202);
    for (let run = 0; run < 20_000; run++) {
      const length = 1 + Math.floor(random() * 40);
      let text = '';
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(random() * PIECES.length)];
      expect(wordMatches(text), JSON.stringify(text)).toEqual(wholeTextMatches(text));
    }
  });
});
