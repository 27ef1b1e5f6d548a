import type { Lang } from '../model/lang';
import { findJargon } from './jargon';
import { lookupForm, rankOf, type GradedWords, type Lexicon } from './lexicon';
import { countSyllables } from './syllables';
import {
  ACRONYM,
  BE,
  NOMINALISATION,
  NOT_PARTICIPLE,
  PARTICIPLE,
  PAST_PARTICIPLE,
  PREPOSITIONS,
  PRONOUNS,
  SUBORDINATORS,
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

/** Syllables, long words and letters of one sentence. */
export function sentenceCounts(s: Sentence, lang: Lang): SentenceCounts {
  const kept = countsKept.get(s);
  if (kept?.lang === lang) return kept.counts;
  let syllables = 0;
  let longWords = 0;
  let letters = 0;
  for (const w of s.words) {
    syllables += countSyllables(w, lang);
    const n = letterCount(w);
    letters += n;
    if (n > 6) longWords++;
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

function wordStats(s: Sentence, lang: Lang, lexicon: Lexicon, graded: GradedWords | null): SentenceWordStats {
  const unknownRank = lexicon.size * 2;
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
  };
  for (const hit of findJargon(s.words, lang)) st.jargonWords += hit.length;
  s.words.forEach((word, i) => {
    const form = lookupForm(word, lang);
    st.forms.push(form);
    if (graded && /\p{L}/u.test(form)) st.gradedDeltas.push((graded.levels.get(form) ?? graded.prior) - graded.prior);
    if (countSyllables(word, lang) >= 3) st.polysyllables++;
    if (/\p{N}/u.test(word)) {
      st.digits++;
      return;
    }
    if (ACRONYM.test(word)) st.acronyms++;
    if (PARTICIPLE[lang].test(form) && !NOT_PARTICIPLE[lang].has(form)) st.participles++;
    const next = s.words[i + 1];
    if (BE[lang].has(form) && next !== undefined && PAST_PARTICIPLE[lang].test(lookupForm(next, lang))) st.passives++;
    if (PREPOSITIONS[lang].has(form)) st.prepositions++;
    if (NOMINALISATION[lang].test(form)) st.nominalisations++;
    if (SUBORDINATORS[lang].has(form) || ELIDED_SUBORDINATOR.test(word)) st.subordinators++;
    if (PRONOUNS[lang].has(form) || (lang === 'fr' && ELIDED_PRONOUN.test(word))) st.pronouns++;
    const rank = rankOf(word, lang, lexicon);
    if (rank === null || rank >= FUNCTION_RANK) {
      st.contentLetters += form.length;
      st.contentWords++;
    }
    // A capitalised unknown word inside a sentence is a name: hard for other reasons than vocabulary.
    if (rank === null && isCapitalised(word) && i > 0) {
      st.names++;
      return;
    }
    st.logRanks.push(Math.log(1 + (rank ?? unknownRank)));
    if (rank === null) st.unfamiliar++;
    if (rank === null || rank >= CORE_RANK) st.rareContent++;
  });
  return st;
}
