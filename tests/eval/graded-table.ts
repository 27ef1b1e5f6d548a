/*
 * The graded word table: for each key (the Snowball stem of a word form, and the ending of a form of
 * five letters or more: lexicon.ts gradedKeys), the mean human level of the graded reading texts
 * (READI ljl) it occurs in, smoothed towards the mean level. Shared by fit-readability.ts (which
 * ships it) and cv-readability.ts (which chose its settings by cross-validation inside training).
 */
import type { GradedWords } from '../../src/engine/text/lexicon';
import { gradedKeys, lookupForm } from '../../src/engine/text/lexicon';
import type { Sentence } from '../../src/engine/text/segment';

export interface GradedText {
  level: number;
  /** The text's group (split.ts): excerpts of one book share it. */
  group: string;
  forms: ReadonlySet<string>;
}

export interface GradedOptions {
  /** Pseudo-texts at the mean level added to every word's mean. */
  smoothing: number;
  minTexts: number;
  /** A word must occur in texts of this many groups, so that one book's names and themes stay out. */
  minGroups: number;
}

/*
 * Chosen by 5-fold cross-validation inside the training part (cv-readability.ts, mean ljl Spearman
 * over three fold assignments; the former table: common words met in 3 texts, smoothing 5, 0.562):
 * every word written in lower case rather than the 3,000 common words only, met in 3 texts of at
 * least 2 groups: 0.575 (4,395 forms instead of 2,322); with thirdPersonShare 0.579; smoothing 2
 * instead of 5: 0.581 (smoothing 10: lower; 3 groups or 2 texts: within 0.003).
 */
export const GRADED_OPTIONS: GradedOptions = { smoothing: 2, minTexts: 3, minGroups: 2 };

/** Words written in lower case (a capitalised word may be a name), as lookup forms. */
export function gradedForms(sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    for (const w of s.words) if (!/[\p{Lu}\p{N}]/u.test(w) && /\p{L}/u.test(w)) out.add(lookupForm(w, 'fr'));
  }
  return out;
}

/** The table keys of the words written in lower case: what the shipped table learns from. */
export function gradedTableKeys(sentences: readonly Sentence[]): Set<string> {
  return new Set([...gradedForms(sentences)].flatMap(gradedKeys));
}

/** Mean level of the texts each key occurs in, smoothed, rounded to 0.1 as shipped; the mean level. */
export function gradedLevels(texts: readonly GradedText[], o: GradedOptions = GRADED_OPTIONS): GradedWords & { levels: Map<string, number> } {
  const prior = Math.round((100 * texts.reduce((s, t) => s + t.level, 0)) / texts.length) / 100;
  const sum = new Map<string, number>();
  const count = new Map<string, number>();
  const groups = new Map<string, Set<string>>();
  for (const t of texts) {
    for (const f of t.forms) {
      sum.set(f, (sum.get(f) ?? 0) + t.level);
      count.set(f, (count.get(f) ?? 0) + 1);
      const g = groups.get(f) ?? new Set<string>();
      g.add(t.group);
      groups.set(f, g);
    }
  }
  const levels = new Map<string, number>();
  for (const [f, n] of count) {
    if (n < o.minTexts || (groups.get(f)?.size ?? 0) < o.minGroups) continue;
    levels.set(f, Math.round((10 * ((sum.get(f) ?? 0) + o.smoothing * prior)) / (n + o.smoothing)) / 10);
  }
  return { levels, prior };
}
