import type { Lang } from '../model/lang';
import { wordSpans } from './latin-words';

/** One sentence as the readability formulas see it: its text and its words in reading order. */
export interface Sentence {
  text: string;
  words: string[];
}

// Segmenters are costly to build and stateless once built: one per language for the whole page
// (the word segmenter is latin-words.ts's).
const sentenceSegmenters = new Map<Lang, Intl.Segmenter>();

function sentenceSegmenter(lang: Lang): Intl.Segmenter {
  let s = sentenceSegmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    sentenceSegmenters.set(lang, s);
  }
  return s;
}

/*
 * Abbreviations whose final dot is never a sentence end, even before a capital ("M. Dupont",
 * "p. ex. Paris", "art. L. 262-1"). Lower-case followers are already kept together by the
 * Unicode rules; these are the cases the rules cannot know. "etc." is deliberately absent: it
 * absorbs the sentence's own full stop, so "etc. Vous devez..." really is two sentences.
 */
const NON_FINAL_ABBREVIATIONS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set([
    'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'art', 'al', 'cf',
    'p', 'pp', 'ex', 'env', 'av', 'apr', 'vol', 'chap', 'fig', 'éd', 'tél', 'réf', 'hab', 'min', 'max',
    'sq', 'ann', 'coll', 'dir', 'op', 'cit', 'ibid', 'id', 'no', 'nos', 'bd', 'fg', 'c.-à-d',
  ]),
  en: new Set([
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'vs', 'e.g', 'i.e', 'eg', 'ie', 'cf', 'no', 'nos', 'fig', 'approx',
    'jr', 'sr', 'gen', 'gov', 'rev', 'sgt', 'capt', 'col', 'lt', 'p', 'pp', 'vol', 'ch', 'sec', 'al',
  ]),
};

// A list marker alone ("1.", "a)", "iv.") is the start of an item, not a sentence of its own.
const LIST_MARKER_ONLY = /^\s*(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]\s*$/u;
// A lone capital initial ("J. Dupont", "Brian P. Roman") does not end a sentence.
const INITIAL_AT_END = /(?:^|[\s(«"“])\p{Lu}\.\s*$/u;
const LAST_TOKEN = /([\p{L}.\-]+)\.\s*$/u;
// Line breaks that mark a block or list item: text extracted from a page keeps one per block.
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\v\f]/u;

/**
 * The last whitespace-free run of a segment and what stands before it: both patterns above end
 * at the segment's end and cannot cross a space, so they are tried on this word only (on the
 * whole segment they cost time in proportion to its length, for every piece of every sentence).
 * A space stands in for the text before the word, which is a space or nothing.
 */
function lastWord(segment: string): string {
  const end = segment.trimEnd();
  let start = end.length;
  while (start > 0 && !/\s/u.test(end[start - 1]!)) start--;
  return (start > 0 ? ' ' : '') + end.slice(start);
}

function endsWithNonFinalAbbreviation(whole: string, lang: Lang): boolean {
  const segment = lastWord(whole);
  if (INITIAL_AT_END.test(segment)) return true;
  const m = LAST_TOKEN.exec(segment);
  if (!m?.[1]) return false;
  const token = m[1].toLowerCase().replace(/^[.\-]+/, '');
  if (NON_FINAL_ABBREVIATIONS[lang].has(token)) return true;
  // "p. ex." and "av. J.-C." end with a token that is only an abbreviation because of the one before.
  const lastPart = token.split('.').filter(Boolean).pop() ?? '';
  return token.includes('.') && NON_FINAL_ABBREVIATIONS[lang].has(lastPart);
}

/**
 * Splits text into sentences. Each line is its own unit, so list items and labels without final
 * punctuation are separate sentences; within a line, Unicode sentence rules (Intl.Segmenter) are
 * corrected so that titles and abbreviations ("M.", "Mme.", "p. ex.", "Dr.", "art.") do not cut.
 */
export function splitSentences(text: string, lang: Lang): string[] {
  const out: string[] = [];
  const seg = sentenceSegmenter(lang);
  for (const line of text.split(LINE_BREAK)) {
    if (!line.trim()) continue;
    let pending = '';
    for (const { segment } of seg.segment(line)) {
      pending += segment;
      if (endsWithNonFinalAbbreviation(pending, lang) || LIST_MARKER_ONLY.test(pending)) continue;
      if (pending.trim()) out.push(pending.trim());
      pending = '';
    }
    if (pending.trim()) out.push(pending.trim());
  }
  return out;
}

// Characters that glue two word pieces into one word when nothing else stands between them:
// apostrophes (elision) and hyphens.
const JOINERS = new Set(["'", '’', 'ʼ', '-', '‐', '‑']);

/**
 * Splits a sentence into words. An elided form ("l'administration", "qu’elle") and a hyphenated
 * compound ("peut-être", "Appelez-nous", "a-t-elle") are one word, as the peer implementation and
 * most French readability work count them; Unicode word rules alone split compounds, and engines
 * differ on apostrophes, so both joins are made here explicitly: two words with one joiner
 * between them, and nothing else, are one. Words are found by latin-words.ts (Intl.Segmenter's
 * boundaries, faster).
 */
export function splitWords(sentence: string, lang: Lang): string[] {
  const spans = wordSpans(sentence, lang);
  const words: string[] = [];
  const push = (start: number, end: number) => {
    // "Joneses'" or "peut-" at a line end: a dangling joiner is punctuation, not part of the word.
    while (end > start && JOINERS.has(sentence[end - 1]!)) end--;
    if (end > start) words.push(sentence.slice(start, end));
  };
  let start = -1;
  let end = -1;
  for (let k = 0; k < spans.length; k += 2) {
    const next = spans[k]!;
    if (start >= 0 && next === end + 1 && JOINERS.has(sentence[end]!)) {
      end = spans[k + 1]!;
      continue;
    }
    if (start >= 0) push(start, end);
    start = next;
    end = spans[k + 1]!;
  }
  if (start >= 0) push(start, end);
  return words;
}

/** Sentences with their words; sentences without any word (stray punctuation, emoji) are dropped. */
export function segmentText(text: string, lang: Lang): Sentence[] {
  const sentences: Sentence[] = [];
  for (const s of splitSentences(text, lang)) {
    const words = splitWords(s, lang);
    if (words.length > 0) sentences.push({ text: s, words });
  }
  return sentences;
}
