import type { Lang } from '../model/lang';
import { countText, MIN_SENTENCE_WORDS } from './counts';
import type { GradedWords, Lexicon } from './lexicon';
import { sentenceCounts, sentenceWordStats } from './sentence-stats';
import type { Sentence } from './segment';

/*
 * The measurable properties of a text that the score weighs. Each is a rate (per word or per
 * sentence), so that texts of different lengths compare. Order matters: weights are stored in it.
 */
export const FEATURE_NAMES = [
  'logWordsPerSentence',
  'syllablesPerWord',
  'longWordShare',
  'lettersPerWord',
  'unfamiliarShare',
  'meanLogRank',
  'nameShare',
  'digitShare',
  'commasPerSentence',
  'bracketsPerSentence',
  'colonsPerSentence',
  'subordinatorsPerSentence',
  'longSentenceShare',
  'pronounShare',
  'typeTokenRatio',
  'polysyllableShare',
  'rareContentShare',
  'prepositionShare',
  'nominalisationShare',
  'exclamationsPerSentence',
  'acronymShare',
  'participleShare',
  'passiveShare',
  'logLongestSentence',
  'wordsPerClause',
  'jargonShare',
  'sentenceLengthSpread',
  'contentWordLength',
  'gradedWordLevel',
  'thirdPersonShare',
  'gradedCoveredLevel',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

/** Sentences longer than this are flagged by French and English plain-language guidance. */
export const LONG_SENTENCE_WORDS = 25;
// Sentence length is logged: 10 -> 20 words costs a reader more than 40 -> 50. The cap keeps
// punctuation-free poems or tables (hundreds of "words per sentence") from swamping everything.
const MAX_WORDS_PER_SENTENCE = 80;
// Moving-average type/token ratio over this many words: a plain type/token ratio falls with length.
const TTR_WINDOW = 50;
// Below one window, diversity cannot be told from brevity (a 10-word sentence has a ratio near 1):
// such texts get the typical 50-word value (median on the French training texts) instead.
const TYPICAL_TTR = 0.8;
function movingTypeTokenRatio(forms: readonly string[]): number {
  if (forms.length < TTR_WINDOW) return TYPICAL_TTR;
  // Each form numbered once, so that the window's counts are kept in an array, not a map.
  const numbers = new Map<string, number>();
  const ids = new Int32Array(forms.length);
  for (let i = 0; i < forms.length; i++) {
    let id = numbers.get(forms[i]!);
    if (id === undefined) numbers.set(forms[i]!, (id = numbers.size));
    ids[i] = id;
  }
  const counts = new Int32Array(numbers.size);
  let types = 0;
  let sum = 0;
  for (let i = 0; i < ids.length; i++) {
    if (counts[ids[i]!]!++ === 0) types++;
    if (i >= TTR_WINDOW && --counts[ids[i - TTR_WINDOW]!]! === 0) types--;
    if (i >= TTR_WINDOW - 1) sum += types / TTR_WINDOW;
  }
  return sum / (forms.length - TTR_WINDOW + 1);
}

/**
 * Features of a segmented text, or null when it has no word. `lexicon` ranks common words;
 * `graded` gives the level of words in graded reading texts (French only; without it the
 * feature is 0).
 */
export function extractFeatures(sentences: readonly Sentence[], lang: Lang, lexicon: Lexicon, graded: GradedWords | null = null): Features | null {
  const counts = countText(sentences, lang);
  const W = counts.words;
  if (W === 0) return null;
  const S = counts.sentences;
  let letters = 0;
  let unfamiliar = 0;
  let logRank = 0;
  let ranked = 0;
  let names = 0;
  let digits = 0;
  let commas = 0;
  let brackets = 0;
  let colons = 0;
  let subordinators = 0;
  let longSentences = 0;
  let pronouns = 0;
  let jargonWords = 0;
  let polysyllables = 0;
  let rareContent = 0;
  let prepositions = 0;
  let nominalisations = 0;
  let exclamations = 0;
  let acronyms = 0;
  let participles = 0;
  let passives = 0;
  let longest = 0;
  let contentLetters = 0;
  let contentWords = 0;
  let sumLength = 0;
  let sumLengthSquared = 0;
  let gradedSum = 0;
  let gradedWords = 0;
  let thirdPersons = 0;
  let gradedCovered = 0;
  const forms: string[] = [];
  for (const s of sentences) {
    // The word-by-word work is done once per sentence (sentence-stats.ts); here it is only summed,
    // floating-point terms one by one in reading order.
    const st = sentenceWordStats(s, lang, lexicon, graded);
    commas += st.commas;
    brackets += st.brackets / 2;
    colons += st.colons;
    exclamations += st.exclamations;
    if (s.words.length >= MIN_SENTENCE_WORDS && s.words.length > LONG_SENTENCE_WORDS) longSentences++;
    longest = Math.max(longest, s.words.length);
    const length = Math.min(s.words.length, MAX_WORDS_PER_SENTENCE);
    sumLength += length;
    sumLengthSquared += length * length;
    jargonWords += st.jargonWords;
    letters += sentenceCounts(s, lang).letters;
    for (const form of st.forms) forms.push(form);
    thirdPersons += st.thirdPersons;
    gradedCovered += st.gradedCovered;
    for (const delta of st.gradedDeltas) gradedSum += delta;
    gradedWords += st.gradedDeltas.length;
    polysyllables += st.polysyllables;
    digits += st.digits;
    acronyms += st.acronyms;
    participles += st.participles;
    passives += st.passives;
    prepositions += st.prepositions;
    nominalisations += st.nominalisations;
    subordinators += st.subordinators;
    pronouns += st.pronouns;
    contentLetters += st.contentLetters;
    contentWords += st.contentWords;
    names += st.names;
    for (const r of st.logRanks) logRank += r;
    ranked += st.logRanks.length;
    unfamiliar += st.unfamiliar;
    rareContent += st.rareContent;
  }
  const wps = Math.min(W / S, MAX_WORDS_PER_SENTENCE);
  return {
    logWordsPerSentence: Math.log(wps),
    syllablesPerWord: counts.syllables / W,
    longWordShare: counts.longWords / W,
    lettersPerWord: letters / W,
    unfamiliarShare: unfamiliar / W,
    meanLogRank: ranked > 0 ? logRank / ranked : 0,
    nameShare: names / W,
    digitShare: digits / W,
    commasPerSentence: commas / S,
    bracketsPerSentence: brackets / S,
    colonsPerSentence: colons / S,
    subordinatorsPerSentence: subordinators / S,
    longSentenceShare: longSentences / Math.max(1, S),
    pronounShare: pronouns / W,
    typeTokenRatio: movingTypeTokenRatio(forms),
    polysyllableShare: polysyllables / W,
    rareContentShare: rareContent / W,
    prepositionShare: prepositions / W,
    nominalisationShare: nominalisations / W,
    exclamationsPerSentence: exclamations / S,
    acronymShare: acronyms / W,
    participleShare: participles / W,
    passiveShare: passives / W,
    logLongestSentence: Math.log(Math.min(Math.max(longest, 1), MAX_WORDS_PER_SENTENCE)),
    // Commas and subordinators open clauses; shorter clauses read more easily at equal sentence length.
    wordsPerClause: Math.min(W / (S + commas + subordinators), MAX_WORDS_PER_SENTENCE),
    jargonShare: jargonWords / W,
    // Graded readers keep sentences of even length; literary prose alternates short and very long.
    sentenceLengthSpread: Math.sqrt(Math.max(0, sumLengthSquared / sentences.length - (sumLength / sentences.length) ** 2)),
    contentWordLength: contentWords > 0 ? contentLetters / contentWords : 0,
    // Words children meet in their first graded books read more easily than those of later ones.
    // Relative to the mean level, so that tables learnt from different texts compare.
    gradedWordLevel: gradedWords > 0 ? gradedSum / gradedWords : 0,
    // Stories told about "il", "elle", "ils" (and "s'"): the narrative register of graded readers,
    // where expository prose names things with nouns.
    thirdPersonShare: thirdPersons / W,
    // The same over the words found in the graded table only: other words count as the mean level
    // above, which dilutes a text of few but telling graded words.
    gradedCoveredLevel: gradedCovered > 0 ? gradedSum / gradedCovered : 0,
  };
}

/** Features as a vector in FEATURE_NAMES order. */
export function featureVector(f: Features): number[] {
  return FEATURE_NAMES.map((n) => f[n]);
}
