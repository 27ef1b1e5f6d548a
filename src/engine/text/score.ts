import type { Lang } from '../model/lang';
import { EN_COMMON_WORDS } from './data/en-common-words';
import { FR_COMMON_WORDS } from './data/fr-common-words';
import { FR_GRADED_PRIOR, FR_GRADED_WORDS } from './data/fr-graded-words';
import { SCORE_MODELS, type LanguageModel, type ScoreModel } from './data/score-weights';
import { extractFeatures, FEATURE_NAMES, type Features } from './features';
import { gradedWordsFromList, lexiconFromList, type GradedWords, type Lexicon } from './lexicon';
import { segmentText, type Sentence } from './segment';

const lexicons = new Map<Lang, Lexicon>();

/** The shipped list of common words for a language, built once on first use. */
export function commonWords(lang: Lang): Lexicon {
  let lex = lexicons.get(lang);
  if (!lex) {
    lex = lexiconFromList(lang === 'fr' ? FR_COMMON_WORDS : EN_COMMON_WORDS);
    lexicons.set(lang, lex);
  }
  return lex;
}

let frGraded: GradedWords | null = null;

/** The graded word levels of a language (French only), built once on first use. */
export function gradedWords(lang: Lang): GradedWords | null {
  if (lang !== 'fr') return null;
  return (frGraded ??= gradedWordsFromList(FR_GRADED_WORDS, FR_GRADED_PRIOR));
}

export function linear(features: Features, model: ScoreModel): number {
  let s = model.bias;
  for (const name of FEATURE_NAMES) s += model.weights[name] * features[name];
  return s;
}

/**
 * The sentence model (learnt from sentence pairs) scores short texts, the passage model (learnt
 * from graded passages) long ones; in between, a linear blend avoids a jump at any one length.
 */
export function applyModel(features: Features, words: number, model: LanguageModel): number {
  const g = passageShare(words, model);
  return softClamp((1 - g) * linear(features, model.sentence) + g * linear(features, model.passage));
}

/** The passage model's share in the blend for a text of `words` words: 0 up to blendFromWords, 1 from blendToWords. */
export function passageShare(words: number, model: Pick<LanguageModel, 'blendFromWords' | 'blendToWords'>): number {
  const t = (words - model.blendFromWords) / (model.blendToWords - model.blendFromWords);
  return Math.min(1, Math.max(0, t));
}

/**
 * Keeps the score within 0-100 without a hard clamp: identity from 10 to 90, then exponential
 * approach to the bound (same slope at the joint), so that two very easy texts still rank.
 */
export function softClamp(s: number): number {
  if (s > 90) return 100 - 10 * Math.exp(-(s - 90) / 10);
  if (s < 10) return 10 * Math.exp((s - 10) / 10);
  return s;
}

/** Readability score of already segmented text: 0-100, higher = easier; null without words. */
export function scoreSentences(sentences: readonly Sentence[], lang: Lang): number | null {
  const f = extractFeatures(sentences, lang, commonWords(lang), gradedWords(lang));
  if (!f) return null;
  const words = sentences.reduce((n, s) => n + s.words.length, 0);
  return applyModel(f, words, SCORE_MODELS[lang]);
}

/**
 * Readability score of a text: 0-100, higher = easier, on the Kandel-Moles (fr) / Flesch (en)
 * scale but ranking texts better, as it also weighs word familiarity, jargon and sentence structure.
 */
export function readabilityScore(text: string, lang: Lang): number | null {
  return scoreSentences(segmentText(text, lang), lang);
}
