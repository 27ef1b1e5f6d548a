/*
 * The published readability formulas, on raw counts. Each returns null when there is nothing to
 * measure, so that a caller never shows NaN or Infinity.
 */

export interface Counts {
  words: number;
  sentences: number;
  syllables: number;
  longWords: number;
}

function ratios(c: Counts): { wps: number; spw: number } | null {
  if (c.words <= 0 || c.sentences <= 0) return null;
  return { wps: c.words / c.sentences, spw: c.syllables / c.words };
}

/** Kandel & Moles (1958), Flesch adapted to French: higher is easier, roughly 0-100. */
export function kandelMoles(c: Counts): number | null {
  const r = ratios(c);
  return r ? 207 - 1.015 * r.wps - 73.6 * r.spw : null;
}

/** Flesch reading ease (English): higher is easier, roughly 0-100. */
export function fleschReadingEase(c: Counts): number | null {
  const r = ratios(c);
  return r ? 206.835 - 1.015 * r.wps - 84.6 * r.spw : null;
}

/** Flesch-Kincaid grade: a US school grade, higher is harder. */
export function fleschKincaidGrade(c: Counts): number | null {
  const r = ratios(c);
  return r ? 0.39 * r.wps + 11.8 * r.spw - 15.59 : null;
}

/** LIX (Björnsson): words per sentence + percentage of words over 6 letters; language-neutral, higher is harder. */
export function lix(c: Counts): number | null {
  if (c.words <= 0 || c.sentences <= 0) return null;
  return c.words / c.sentences + (100 * c.longWords) / c.words;
}
