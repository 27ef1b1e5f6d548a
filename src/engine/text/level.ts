import type { Lang } from '../model/lang';

/*
 * Plain-words reading level for a social worker, from a 0-100 score (higher = easier) on the
 * Kandel-Moles / Flesch scale. Thresholds follow Flesch's own bands (90+ read at 11, 60-70 at
 * 13-15, 30-50 at university entry), merged into five steps.
 */
const BANDS: readonly { min: number; fr: string; en: string }[] = [
  { min: 80, fr: 'très facile', en: 'very easy' },
  { min: 70, fr: 'facile', en: 'easy' },
  { min: 60, fr: 'assez facile', en: 'fairly easy' },
  { min: 40, fr: 'difficile : niveau fin de lycée', en: 'difficult: end of secondary school level' },
  { min: -Infinity, fr: 'très difficile : niveau universitaire', en: 'very difficult: university level' },
];

export function level(score: number, lang: Lang): string {
  const band = BANDS.find((b) => score >= b.min) ?? BANDS[BANDS.length - 1]!;
  return band[lang];
}
