import { stemmer as snowballStem } from '@orama/stemmers/french';
import type { Lang } from '../model/lang';

/** Word form -> frequency rank (0 = most common). */
export type Lexicon = ReadonlyMap<string, number>;

/** Builds a lexicon from a space-separated list, most frequent first (the shipped data format). */
export function lexiconFromList(list: string): Lexicon {
  const map = new Map<string, number>();
  for (const w of list.split(/\s+/u)) if (w && !map.has(w)) map.set(w, map.size);
  return map;
}

// Elided function words: "l'administration" is looked up as "administration".
const ELIDED_PREFIX: Record<Lang, RegExp> = {
  fr: /^(?:l|d|j|m|t|s|c|n|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’ʼ]/u,
  en: /^$/u,
};

// Every word is looked up three or four times per audit (rank, features, jargon, passives), and
// pages repeat the same few thousand words; bounded, as the syllable memo, for long sessions.
const FORMS_LIMIT = 20_000;
const forms: Record<Lang, Map<string, string>> = { fr: new Map(), en: new Map() };
// Lower-case French letters and digits: NFKC, lower-casing and both elision rules leave them unchanged.
const ALREADY_A_FORM = /^[a-z0-9àâçéèêëîïôùûüÿœ]+$/u;

/**
 * The form under which a word is looked up: lower case, NFKC (so that "𝐀𝐓𝐓𝐄𝐍𝐓𝐈𝐎𝐍" in
 * mathematical bold, full-width letters or a ligature read as the word they show), elided
 * article removed, no trailing "'s".
 */
export function lookupForm(word: string, lang: Lang): string {
  const cache = forms[lang];
  const known = cache.get(word);
  if (known !== undefined) return known;
  // Most words are in lower case without an apostrophe: every step below would leave them as they are.
  if (ALREADY_A_FORM.test(word)) return remember(cache, word, word);
  let w = word.normalize('NFKC').toLowerCase().replace(/’|ʼ/gu, "'");
  w = w.replace(ELIDED_PREFIX[lang], '');
  if (lang === 'en') w = w.replace(/'s$/u, '');
  return remember(cache, word, w);
}

function remember(cache: Map<string, string>, word: string, form: string): string {
  if (cache.size >= FORMS_LIMIT) cache.clear();
  cache.set(word, form);
  return form;
}

const HYPHEN = /[-‐‑]/u;

/**
 * Rank of a word, or null if unknown. A compound is as common as its rarest part, so "peut-être"
 * or "vingt-deux" are found even when only their parts are listed.
 */
export function rankOf(word: string, lang: Lang, lexicon: Lexicon): number | null {
  const form = lookupForm(word, lang);
  const direct = lexicon.get(form);
  if (direct !== undefined) return direct;
  // Most unknown words are not compounds: settled without splitting them into an array.
  if (!HYPHEN.test(form)) return null;
  const parts = form.split(HYPHEN).filter(Boolean);
  if (parts.length < 2) return null;
  let worst = 0;
  for (const p of parts) {
    const r = lexicon.get(p);
    if (r === undefined) return null;
    worst = Math.max(worst, r);
  }
  return worst;
}

/**
 * Table keys (see gradedKeys) with the mean human level (1 = easiest) of the graded texts they
 * occur in, and the level given to any other word (the mean level). Learnt from graded reading
 * texts by tests/eval/fit-readability.ts. French only.
 */
export interface GradedWords {
  levels: ReadonlyMap<string, number>;
  prior: number;
}

// A word's ending is kept only for words this long: shorter ones are mostly their ending.
const ENDING_FROM_LETTERS = 5;

/** Table key of a word's last three letters (no stem starts with "-"). */
function endingKey(form: string): string {
  return `-${form.slice(-3)}`;
}

/**
 * The keys a French lookup form is learnt under: its Snowball stem, so that "cherchèrent" and
 * "cherchait" share "cherch", and its ending, so that a word missing from the table still reads
 * as its tense or derivation ("-ent", "-ité"). Chosen by cross-validation inside training
 * (tests/eval/cv-readability.ts, variant snowball-and-suffix-backoff).
 */
export function gradedKeys(form: string): string[] {
  const stem = snowballStem(form);
  return form.length >= ENDING_FROM_LETTERS ? [stem, endingKey(form)] : [stem];
}

/** The graded level of a French lookup form: its stem's, else its ending's, else undefined. */
export function gradedLevel(form: string, graded: GradedWords): number | undefined {
  return graded.levels.get(snowballStem(form)) ?? (form.length >= ENDING_FROM_LETTERS ? graded.levels.get(endingKey(form)) : undefined);
}

/** Parses the shipped format: one line per level, "1.8 key key key". */
export function gradedWordsFromList(list: string, prior: number): GradedWords {
  const levels = new Map<string, number>();
  for (const line of list.split('\n')) {
    const [level, ...words] = line.trim().split(/\s+/u);
    if (!level || words.length === 0) continue;
    for (const w of words) levels.set(w, Number(level));
  }
  return { levels, prior };
}
