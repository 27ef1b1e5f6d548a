import { describe, expect, it } from 'vitest';
import { wordSpans } from './latin-words';

/** Where Intl.Segmenter finds words, in wordSpans's form (a segmenter of its own). */
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

/*
 * Characters it leaves to Intl.Segmenter: other scripts, phonetic letters, combining marks,
 * format characters and joiners, emoji and flags, tabs and other spaces, the underscore.
 */
const OTHERS = [...'ɐˈːἹπποκράτηςАлекс长江ابن\u0301\u0327\u00ad\u200b\u200d\u2060\t\u202f\u2009\u3000_ʼ😀👍🏽🇫🇷', '👨\u200d👩'];

// Deterministic pseudo-random strings (a linear congruential generator), so a failure can be replayed.
function randomTexts(count: number, alphabet: readonly string[], maxLength = 12): string[] {
  let seed = 2024;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * maxLength) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

describe('wordSpans', () => {
  it('cuts French and English prose as Intl.Segmenter does', () => {
    const texts = [
      "L'usager peut-être a-t-il reçu 1 500,50 € le 12.03.2024 ? Qu’elle vienne : c'est « urgent »… (art. L. 262-1)",
      "The Joneses' form, e.g. page 3.14 - 'quoted' — isn't it? 1'000 usager·ère·s a:b n°3 12h30 ŒUVRE",
    ];
    for (const text of texts) for (const lang of ['fr', 'en'] as const) expect(wordSpans(text, lang)).toEqual(intlSpans(text, lang));
  });

  it('agrees with Intl.Segmenter on random strings of every character it knows', () => {
    for (const text of randomTexts(20_000, ALPHABET)) {
      expect(wordSpans(text, 'fr'), text).toEqual(intlSpans(text, 'fr'));
      expect(wordSpans(text, 'en'), text).toEqual(intlSpans(text, 'en'));
    }
  });

  it('agrees with Intl.Segmenter on other scripts, combining marks, format characters, tabs and emoji, alone or in prose', () => {
    const texts = ['ɐ', 'e\u0301', 'a\u00adb', 'a\tb', 'a_b', 'ʼ', 'Ἱπποκράτης', '长江', 'a😀', 'a\u200bb'];
    const inProse = texts.flatMap((t) => [`Hippocrate (${t}) est né à Kos.`, `x ${t} y`, `${t} l'usager`, `peut-être ${t}`, ` ${t} `]);
    const edges = ['a \u0301b', 'a \u200db', 'a  \u0301 b', '🇫🇷 🇫🇷🇫 x', 'a\u0301 b', '1. \u00adb'];
    for (const text of [...texts, ...inProse, ...edges]) {
      for (const lang of ['fr', 'en'] as const) expect(wordSpans(text, lang), text).toEqual(intlSpans(text, lang));
    }
  });

  it('agrees with Intl.Segmenter on random strings mixing known characters, others and spaces', () => {
    const mixed = [...ALPHABET, ...OTHERS, ' ', ' ', ' ', ' ', ' ', ' '];
    for (const text of randomTexts(20_000, mixed, 16)) {
      expect(wordSpans(text, 'fr'), text).toEqual(intlSpans(text, 'fr'));
      expect(wordSpans(text, 'en'), text).toEqual(intlSpans(text, 'en'));
    }
  });
});
