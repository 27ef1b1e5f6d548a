/*
 * Unicode word boundaries (UAX #29, as Intl.Segmenter finds them) for text written with the
 * characters of French and English prose: Latin letters, digits, spaces and common punctuation.
 * Intl.Segmenter builds an object per piece and crosses into ICU for each; on a long page word
 * segmentation was one of the largest costs. Any other character (another script, a combining
 * mark, an emoji, a format character) is left to Intl.Segmenter, with the text around it up to
 * the nearest safe cut (see wordSpans). latin-words.test.ts checks both agree, on real text and
 * on random strings.
 *
 * Engines tailor the rules: Chromium's ICU does not join letters across "." and ":" ("Agar.io",
 * "D.J." are two words there, one in Node). Which punctuation joins letters, and which digits, is
 * therefore asked of Intl.Segmenter itself, once per language (classTable).
 */
import type { Lang } from '../model/lang';

// Word_Break classes (UAX #29) of the characters handled here; UNKNOWN ones go to Intl.Segmenter.
const UNKNOWN = 0;
const OTHER = 1;
const LETTER = 2;
const DIGIT = 3;
// Punctuation that UAX #29 lets join letters, digits or both; which, the engine says (classTable).
const JOINS_LETTERS = 4;
const JOINS_DIGITS = 5;
const JOINS_BOTH = 6;
const MID_CHARACTERS = ".:·‘’',;";
// Punctuation and symbols with no Word_Break class: a piece of their own, never inside a word.
const OTHER_SYMBOLS = ' !"#$%&()*+-/<=>?@[\\]^`{|}~\u00a0«»°§©®£€×÷‐‑–—…“”•';
// Characters beyond this code are looked up in a map: only punctuation is handled there.
const TABLE_SIZE = 0x250;

interface ClassTable {
  low: Int8Array;
  high: ReadonlyMap<number, number>;
  /** This language's word segmenter, for the text the scanner does not know. */
  segmenter: Intl.Segmenter;
}
const tables = new Map<Lang, ClassTable>();

/**
 * The class of each character this scanner knows, for one language: letters (ASCII, Latin-1,
 * Latin Extended-A and -B, ª, µ, º), digits, symbols, and for the punctuation that UAX #29 puts
 * between letters or digits, what this engine's Intl.Segmenter really joins ("a.b", "1.2"...).
 */
function classTable(lang: Lang): ClassTable {
  let table = tables.get(lang);
  if (table) return table;
  const low = new Int8Array(TABLE_SIZE);
  const high = new Map<number, number>();
  const set = (code: number, c: number) => (code < TABLE_SIZE ? (low[code] = c) : high.set(code, c));
  for (let code = 0; code < TABLE_SIZE; code++) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) low[code] = LETTER;
    else if (code >= 48 && code <= 57) low[code] = DIGIT;
    else if ((code >= 0xc0 && code !== 0xd7 && code !== 0xf7) || code === 0xaa || code === 0xb5 || code === 0xba) low[code] = LETTER;
  }
  for (const ch of OTHER_SYMBOLS) set(ch.charCodeAt(0), OTHER);
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  const oneWord = (text: string) => [...segmenter.segment(text)].length === 1;
  for (const ch of MID_CHARACTERS) {
    const letters = oneWord(`a${ch}b`);
    const digits = oneWord(`1${ch}2`);
    set(ch.charCodeAt(0), letters && digits ? JOINS_BOTH : letters ? JOINS_LETTERS : digits ? JOINS_DIGITS : OTHER);
  }
  table = { low, high, segmenter };
  tables.set(lang, table);
  return table;
}

// Classes of the text being scanned, reused from one call to the next.
let classes = new Int8Array(256);
const SPACE = 0x20;

/**
 * Where Intl.Segmenter (granularity "word") finds words in `text`: the start and end of each
 * word-like piece, in order, in one flat list ([start, end, start, end...]). Offsets rather
 * than pieces: a long page has hundreds of thousands.
 *
 * Text with characters the scanner does not know (a Greek name, a phonetic transcription) is
 * cut after a space followed by a known character: UAX #29 always breaks on both sides of such
 * a space (only another space, or a combining mark or format character, can stick to it), and
 * no rule looks across it, so each stretch is cut as it would be within the whole. Stretches
 * of known characters are scanned here, the others segmented by Intl.Segmenter.
 */
export function wordSpans(text: string, lang: Lang): number[] {
  const table = classTable(lang);
  const { low, high } = table;
  if (classes.length <= text.length) classes = new Int8Array(2 * text.length + 2);
  let known = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const c = code < TABLE_SIZE ? low[code]! : (high.get(code) ?? UNKNOWN);
    if (c === UNKNOWN) known = false;
    classes[i] = c;
  }
  classes[text.length] = OTHER;
  const spans: number[] = [];
  if (known) {
    scanKnown(text, 0, text.length, spans);
    return spans;
  }
  let start = 0;
  let stretchKnown = true;
  for (let at = 0; at < text.length; at++) {
    const cut = at > start && text.charCodeAt(at - 1) === SPACE && text.charCodeAt(at) !== SPACE && classes[at] !== UNKNOWN;
    if (cut) {
      stretch(text, start, at, stretchKnown, table.segmenter, spans);
      start = at;
      stretchKnown = true;
    }
    if (classes[at] === UNKNOWN) stretchKnown = false;
  }
  stretch(text, start, text.length, stretchKnown, table.segmenter, spans);
  return spans;
}

function stretch(text: string, from: number, to: number, known: boolean, segmenter: Intl.Segmenter, spans: number[]): void {
  if (known) {
    scanKnown(text, from, to, spans);
    return;
  }
  for (const { index, segment, isWordLike } of segmenter.segment(text.slice(from, to))) {
    if (isWordLike) spans.push(from + index, from + index + segment.length);
  }
}

/**
 * The words of text[from, to), all of it known characters (classes filled in). `to` is the end
 * of the text or follows a space, which no word crosses.
 */
function scanKnown(text: string, from: number, to: number, spans: number[]): void {
  let i = from;
  while (i < to) {
    let last = classes[i]!;
    if (last !== LETTER && last !== DIGIT) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const c = classes[j]!;
      if (c === LETTER || c === DIGIT) {
        // WB5, WB8, WB9, WB10: letters and digits in any order hold together.
        last = c;
        j++;
      } else if (classes[j + 1] === last && (c === JOINS_BOTH || c === (last === LETTER ? JOINS_LETTERS : JOINS_DIGITS)) && j + 1 < to) {
        // WB6, WB7: "l'usager", "aujourd’hui"; WB11, WB12: "1,5", "3.14", "1'000".
        j += 2;
      } else {
        break;
      }
    }
    spans.push(i, j);
    i = j;
  }
}
