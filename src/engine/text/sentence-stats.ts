import type { Lang } from '../model/lang';
import { findJargon } from './jargon';
import { gradedLevel, lookupForm, rankOf, type GradedWords, type Lexicon } from './lexicon';
import { countSyllables } from './syllables';
import {
  ACRONYM,
  BE,
  ELIDED_SE,
  NOMINALISATION,
  NOT_PARTICIPLE,
  PARTICIPLE,
  PAST_PARTICIPLE,
  PREPOSITIONS,
  PRONOUNS,
  SUBORDINATORS,
  THIRD_PERSON,
} from './data/feature-words';
import type { Sentence } from './segment';

/*
 * What the counts and the features read word by word, worked out once per sentence. An audit
 * scores the same sentences several times (the page, each block, the hard-block rule, the
 * hardest blocks), and the word-by-word look-ups are what costs: sums over sentences are cheap.
 * Kept per Sentence object (sentences are never changed once segmented) in weak maps, so they
 * go with the sentences. Floating-point terms are kept word by word, not summed per sentence:
 * callers add them in the same order as before, so every result is bit for bit the same.
 */

/** Letters and digits only: "l'usager" has 7, "peut-être" 8; the LIX "long word" threshold is on this. */
export function letterCount(word: string): number {
  return word.replace(/[^\p{L}\p{M}\p{N}]/gu, '').length;
}

export interface SentenceCounts {
  syllables: number;
  /** Words of more than 6 letters (LIX). */
  longWords: number;
  /** Letters and digits of all words. */
  letters: number;
}

export interface SentenceWordStats {
  /** Lookup form of each word, in order (for the type/token ratio across sentences). */
  forms: string[];
  /** log(1 + rank) of each ranked word, in order. */
  logRanks: number[];
  /** Graded level minus the mean level of each graded word, in order. */
  gradedDeltas: number[];
  commas: number;
  brackets: number;
  colons: number;
  exclamations: number;
  jargonWords: number;
  unfamiliar: number;
  names: number;
  digits: number;
  subordinators: number;
  pronouns: number;
  polysyllables: number;
  rareContent: number;
  prepositions: number;
  nominalisations: number;
  acronyms: number;
  participles: number;
  passives: number;
  contentLetters: number;
  contentWords: number;
  /** Words "il", "elle", "ils", "s'"... (French), of every kind (digits and names included). */
  thirdPersons: number;
  /** Words found in the graded word list, of every kind. */
  gradedCovered: number;
}

// Words ranked beyond this are outside the everyday core (function words and ~1,000 common forms).
const CORE_RANK = 1000;
// The few hundred most frequent forms are function words and basic verbs; the rest carry content.
const FUNCTION_RANK = 300;
// "qu'il" carries its subordinator in the elided prefix, which the lookup form drops.
const ELIDED_SUBORDINATOR = /^(?:qu|lorsqu|puisqu|quoiqu)['’ʼ]/iu;
const ELIDED_PRONOUN = /^[jmt]['’ʼ]/iu;

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

const countsKept = new WeakMap<Sentence, { lang: Lang; counts: SentenceCounts }>();
const statsKept = new WeakMap<Sentence, { lang: Lang; lexicon: Lexicon; graded: GradedWords | null; stats: SentenceWordStats }>();

/*
 * What each word form contributes, worked out once per form: a page repeats the same few
 * thousand forms, and a long one is read in a fresh script context on every audit, so these
 * look-ups (regular expressions, NFKC, maps) were paid again for every occurrence. Bounded, as
 * the syllable memo, for long sessions.
 */
const MEMO_LIMIT = 20_000;
// Letters, marks and digits only (most words): letterCount is the length.
const PLAIN_WORD = /^[\p{L}\p{M}\p{N}]+$/u;

interface WordCounts {
  syllables: number;
  letters: number;
}
const wordCountsMemo: Record<Lang, Map<string, WordCounts>> = { fr: new Map(), en: new Map() };

function wordCounts(word: string, lang: Lang): WordCounts {
  const memo = wordCountsMemo[lang];
  let c = memo.get(word);
  if (c === undefined) {
    c = { syllables: countSyllables(word, lang), letters: PLAIN_WORD.test(word) ? word.length : letterCount(word) };
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, c);
  }
  return c;
}

/** Syllables, long words and letters of one sentence. */
export function sentenceCounts(s: Sentence, lang: Lang): SentenceCounts {
  const kept = countsKept.get(s);
  if (kept?.lang === lang) return kept.counts;
  let syllables = 0;
  let longWords = 0;
  let letters = 0;
  for (const w of s.words) {
    const c = wordCounts(w, lang);
    syllables += c.syllables;
    letters += c.letters;
    if (c.letters > 6) longWords++;
  }
  const counts = { syllables, longWords, letters };
  countsKept.set(s, { lang, counts });
  return counts;
}

/** The word-by-word part of the features of one sentence, for a lexicon and graded word list. */
export function sentenceWordStats(s: Sentence, lang: Lang, lexicon: Lexicon, graded: GradedWords | null): SentenceWordStats {
  const kept = statsKept.get(s);
  if (kept && kept.lang === lang && kept.lexicon === lexicon && kept.graded === graded) return kept.stats;
  const stats = wordStats(s, lang, lexicon, graded);
  statsKept.set(s, { lang, lexicon, graded, stats });
  return stats;
}

/** One word form's part in SentenceWordStats, whatever sentence it stands in. */
interface WordFacts {
  form: string;
  /** Graded level minus the mean level, or null for a form without letters or without a graded list. */
  gradedDelta: number | null;
  polysyllable: boolean;
  digit: boolean;
  acronym: boolean;
  participle: boolean;
  be: boolean;
  /** Read on the word after a form of "être"/"be". */
  pastParticiple: boolean;
  preposition: boolean;
  nominalisation: boolean;
  subordinator: boolean;
  pronoun: boolean;
  content: boolean;
  /** Unknown and capitalised: a name, unless it starts the sentence. */
  nameLike: boolean;
  thirdPerson: boolean;
  /** In the graded word list, by its stem or its ending. */
  gradedCovered: boolean;
  logRank: number;
  unfamiliar: boolean;
  rare: boolean;
}

interface FactsTable {
  lang: Lang;
  lexicon: Lexicon;
  graded: GradedWords | null;
  byWord: Map<string, WordFacts>;
}
let factsTables: FactsTable[] = [];

function factsOf(word: string, table: FactsTable): WordFacts {
  let f = table.byWord.get(word);
  if (f === undefined) {
    f = wordFacts(word, table.lang, table.lexicon, table.graded);
    if (table.byWord.size >= MEMO_LIMIT) table.byWord.clear();
    table.byWord.set(word, f);
  }
  return f;
}

function factsTable(lang: Lang, lexicon: Lexicon, graded: GradedWords | null): FactsTable {
  let table = factsTables.find((t) => t.lang === lang && t.lexicon === lexicon && t.graded === graded);
  if (!table) {
    table = { lang, lexicon, graded, byWord: new Map() };
    // A few lexicons at most (one per language, and the ones tests build).
    factsTables = [table, ...factsTables.slice(0, 3)];
  }
  return table;
}

function wordFacts(word: string, lang: Lang, lexicon: Lexicon, graded: GradedWords | null): WordFacts {
  const form = lookupForm(word, lang);
  const rank = rankOf(word, lang, lexicon);
  const gradable = graded !== null && /\p{L}/u.test(form);
  const level = gradable ? gradedLevel(form, graded) : undefined;
  return {
    form,
    gradedDelta: gradable ? (level ?? graded.prior) - graded.prior : null,
    polysyllable: wordCounts(word, lang).syllables >= 3,
    digit: /\p{N}/u.test(word),
    acronym: ACRONYM.test(word),
    participle: PARTICIPLE[lang].test(form) && !NOT_PARTICIPLE[lang].has(form),
    be: BE[lang].has(form),
    pastParticiple: PAST_PARTICIPLE[lang].test(form),
    preposition: PREPOSITIONS[lang].has(form),
    nominalisation: NOMINALISATION[lang].test(form),
    subordinator: SUBORDINATORS[lang].has(form) || ELIDED_SUBORDINATOR.test(word),
    pronoun: PRONOUNS[lang].has(form) || (lang === 'fr' && ELIDED_PRONOUN.test(word)),
    content: rank === null || rank >= FUNCTION_RANK,
    nameLike: rank === null && isCapitalised(word),
    thirdPerson: THIRD_PERSON[lang].has(form) || (lang === 'fr' && ELIDED_SE.test(word)),
    gradedCovered: level !== undefined,
    logRank: Math.log(1 + (rank ?? lexicon.size * 2)),
    unfamiliar: rank === null,
    rare: rank === null || rank >= CORE_RANK,
  };
}

function wordStats(s: Sentence, lang: Lang, lexicon: Lexicon, graded: GradedWords | null): SentenceWordStats {
  const table = factsTable(lang, lexicon, graded);
  const st: SentenceWordStats = {
    forms: [],
    logRanks: [],
    gradedDeltas: [],
    commas: (s.text.match(/,/gu) ?? []).length,
    brackets: (s.text.match(/[()[\]]/gu) ?? []).length,
    colons: (s.text.match(/[;:]/gu) ?? []).length,
    // Questions and exclamations: the spoken register of stories and of plain letters.
    exclamations: (s.text.match(/[!?]/gu) ?? []).length,
    jargonWords: 0,
    unfamiliar: 0,
    names: 0,
    digits: 0,
    subordinators: 0,
    pronouns: 0,
    polysyllables: 0,
    rareContent: 0,
    prepositions: 0,
    nominalisations: 0,
    acronyms: 0,
    participles: 0,
    passives: 0,
    contentLetters: 0,
    contentWords: 0,
    thirdPersons: 0,
    gradedCovered: 0,
  };
  for (const hit of findJargon(s.words, lang)) st.jargonWords += hit.length;
  const words = s.words;
  for (let i = 0; i < words.length; i++) {
    const f = factsOf(words[i]!, table);
    st.forms.push(f.form);
    if (f.thirdPerson) st.thirdPersons++;
    if (f.gradedCovered) st.gradedCovered++;
    if (f.gradedDelta !== null) st.gradedDeltas.push(f.gradedDelta);
    if (f.polysyllable) st.polysyllables++;
    if (f.digit) {
      st.digits++;
      continue;
    }
    if (f.acronym) st.acronyms++;
    if (f.participle) st.participles++;
    const next = words[i + 1];
    if (f.be && next !== undefined && factsOf(next, table).pastParticiple) st.passives++;
    if (f.preposition) st.prepositions++;
    if (f.nominalisation) st.nominalisations++;
    if (f.subordinator) st.subordinators++;
    if (f.pronoun) st.pronouns++;
    if (f.content) {
      st.contentLetters += f.form.length;
      st.contentWords++;
    }
    // A capitalised unknown word inside a sentence is a name: hard for other reasons than vocabulary.
    if (f.nameLike && i > 0) {
      st.names++;
      continue;
    }
    st.logRanks.push(f.logRank);
    if (f.unfamiliar) st.unfamiliar++;
    if (f.rare) st.rareContent++;
  }
  return st;
}
