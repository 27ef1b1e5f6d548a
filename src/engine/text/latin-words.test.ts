import { describe, expect, it } from 'vitest';
import { latinWordSpans } from './latin-words';

/** Where Intl.Segmenter finds words, in latinWordSpans's form (a fresh segmenter, not segment.ts's). */
function intlSpans(text: string, lang: string): number[] {
  const out: number[] = [];
  for (const { index, segment, isWordLike } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
    if (isWordLike) out.push(index, index + segment.length);
  }
  return out;
}

// Every kind of character the scanner knows, the ends of its letter ranges included.
const ALPHABET = [
  ...'abcxyzABCXYZéèàçùœŒÀÖØöøÿĀſƀɏªµº0123456789',
  ...' !"#$%&()*+-/<=>?@[\\]^`{|}~\u00a0«»°§©®£€×÷‐‑–—…“”•',
  ...".‘’:·,;'",
];

// Deterministic pseudo-random strings (a linear congruential generator), so a failure can be replayed.
function randomTexts(count: number): string[] {
  let seed = 2024;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 12) }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join(''));
}

describe('latinWordSpans', () => {
  it('cuts French and English prose as Intl.Segmenter does', () => {
    const texts = [
      "L'usager peut-être a-t-il reçu 1 500,50 € le 12.03.2024 ? Qu’elle vienne : c'est « urgent »… (art. L. 262-1)",
      "The Joneses' form, e.g. page 3.14 - 'quoted' — isn't it? 1'000 usager·ère·s a:b n°3 12h30 ŒUVRE",
    ];
    for (const text of texts) for (const lang of ['fr', 'en'] as const) expect(latinWordSpans(text, lang)).toEqual(intlSpans(text, lang));
  });

  it('agrees with Intl.Segmenter on random strings of every character it knows', () => {
    for (const text of randomTexts(20_000)) {
      const spans = latinWordSpans(text, 'fr');
      expect(spans, text).not.toBeNull();
      expect(spans, text).toEqual(intlSpans(text, 'fr'));
      expect(latinWordSpans(text, 'en'), text).toEqual(intlSpans(text, 'en'));
    }
  });

  it('leaves other scripts, combining marks, format characters and tabs to Intl.Segmenter', () => {
    for (const text of ['ɐ', 'e\u0301', 'a\u00adb', 'a\tb', 'a_b', 'ʼ', 'Ἱπποκράτης', '长江', 'a😀', 'a\u200bb']) expect(latinWordSpans(text, 'fr')).toBeNull();
  });
});
