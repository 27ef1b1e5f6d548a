import { syllable } from 'syllable';
import type { Lang } from '../model/lang';
import { frenchHyphenationPoints } from './french-hyphenation';

// Pages repeat the same few hundred words; a bounded memo keeps long sessions from growing without end.
const MEMO_LIMIT = 20_000;
const memo: Record<Lang, Map<string, number>> = { fr: new Map(), en: new Map() };

// Letters, marks and digits only: no compound to split, nothing to clean.
const PLAIN_WORD = /^[\p{L}\p{M}\p{N}]+$/u;

function frenchSyllables(word: string): number {
  if (PLAIN_WORD.test(word)) return frenchHyphenationPoints(word) + 1;
  let total = 0;
  // Compounds are hyphenated part by part: the TeX patterns were built on single words.
  for (const part of word.split(/[-‐‑]/u)) {
    // Apostrophes and inclusive-writing dots go, as in the peer: "l'usager" is hyphenated as "lusager".
    const clean = part.replace(/[^\p{L}\p{M}\p{N}]/gu, '');
    if (!clean) continue;
    total += frenchHyphenationPoints(clean) + 1;
  }
  return total;
}

function englishSyllables(word: string): number {
  // `syllable` returns 0 for digits and symbols; every spoken word has at least one syllable.
  return Math.max(1, syllable(word));
}

/**
 * Syllables in one word. French: hyphenation points + 1 with the French TeX patterns (npm `hyphen`),
 * the convention of French readability formulas; English: npm `syllable`. Numbers count as one.
 */
export function countSyllables(word: string, lang: Lang): number {
  const key = word.toLowerCase();
  const cache = memo[lang];
  const known = cache.get(key);
  if (known !== undefined) return known;
  const n = /[\p{L}\p{N}]/u.test(key) ? (lang === 'fr' ? frenchSyllables(key) : englishSyllables(key)) : 0;
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(key, n);
  return n;
}
