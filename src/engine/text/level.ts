import type { Lang } from '../model/lang';

interface Band {
  min: number;
  label: string;
}

/*
 * Plain-words reading level for a social worker, from a 0-100 score (higher = easier).
 * English follows Flesch's own bands (80+ read at 11-12, 60-70 at 13-15, under 40 at university).
 * Kandel-Moles runs higher than Flesch on the same difficulty, so the French bands are set on where
 * our score puts graded French texts (held-out medians): first readers (ljl level 1) ~99, Vikidia
 * (8-13 years) ~88, classic novels ~77, Wikipedia ~71, administrative letters full of jargon < 10.
 */
const BANDS: Record<Lang, readonly Band[]> = {
  fr: [
    { min: 90, label: 'très facile' },
    { min: 80, label: 'facile' },
    { min: 72, label: 'assez facile' },
    { min: 50, label: 'difficile : niveau fin de lycée' },
    { min: -Infinity, label: 'très difficile : niveau universitaire' },
  ],
  en: [
    { min: 80, label: 'very easy' },
    { min: 70, label: 'easy' },
    { min: 60, label: 'fairly easy' },
    { min: 40, label: 'difficult: end of secondary school level' },
    { min: -Infinity, label: 'very difficult: university level' },
  ],
};

export function level(score: number, lang: Lang): string {
  const bands = BANDS[lang];
  return (bands.find((b) => score >= b.min) ?? bands[bands.length - 1]!).label;
}
