import type { Lang } from '../../model/lang';
import { level } from './text-measures';

/*
 * A score is on the scale of its text's language: the French bands sit higher than the English
 * ones (Kandel-Moles runs higher than Flesch on the same text). A label in the report's language
 * is therefore the band of the text's scale, named in the report's language.
 */
const bands = new Map<Lang, readonly string[]>();

/** level()'s labels for a language, easiest first, asked of level() itself. */
export function bandLabels(lang: Lang): readonly string[] {
  let labels = bands.get(lang);
  if (labels) return labels;
  const found: string[] = [];
  for (let score = 100; score >= 0; score -= 0.5) {
    const label = level(score, lang);
    if (found.at(-1) !== label) found.push(label);
  }
  labels = found;
  bands.set(lang, labels);
  return labels;
}

/** The reading level of a score on `textLang`'s scale, in both languages. */
export function levelLabels(score: number, textLang: Lang): Record<Lang, string> {
  const band = bandLabels(textLang).indexOf(level(score, textLang));
  const name = (lang: Lang) => (lang === textLang ? level(score, lang) : bandLabels(lang)[band] ?? level(score, textLang));
  return { fr: name('fr'), en: name('en') };
}
