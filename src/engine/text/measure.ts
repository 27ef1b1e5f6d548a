import type { Lang } from '../model/lang';
import { countText } from './counts';
import { fleschKincaidGrade, fleschReadingEase, kandelMoles, lix } from './formulas';
import { level } from './level';
import { scoreSentences } from './score';
import { segmentText } from './segment';

/**
 * Readability of one text block. Counts always come with the scores: a score on fewer than about
 * 30 words is noise, and the reader of a report must be able to see that. Scores are null when
 * there is no word, never NaN.
 */
export interface TextMeasure {
  lang: Lang;
  words: number;
  /** Sentences of three words or more (shorter fragments are headings or labels), or all if none is. */
  sentences: number;
  syllables: number;
  /** Words of more than 6 letters (LIX). */
  longWords: number;
  lix: number | null;
  /** fr only. */
  kandelMoles?: number | null;
  /** en only. */
  fleschReadingEase?: number | null;
  /** en only. */
  fleschKincaidGrade?: number | null;
  /** Balise's score, 0-100, higher = easier (see score.ts). */
  score: number | null;
  /** Plain-words label of `score`, in the text's language, or null. */
  level: string | null;
}

export function measureText(text: string, lang: Lang): TextMeasure {
  const sentences = segmentText(text, lang);
  const counts = countText(sentences, lang);
  const score = scoreSentences(sentences, lang);
  const base = {
    lang,
    words: counts.words,
    sentences: counts.sentences,
    syllables: counts.syllables,
    longWords: counts.longWords,
    lix: lix(counts),
    score,
    level: score === null ? null : level(score, lang),
  };
  return lang === 'fr'
    ? { ...base, kandelMoles: kandelMoles(counts) }
    : { ...base, fleschReadingEase: fleschReadingEase(counts), fleschKincaidGrade: fleschKincaidGrade(counts) };
}
