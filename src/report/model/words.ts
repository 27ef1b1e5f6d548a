import type { Lang } from '../../engine/model';

/** What evidence and metric rows share: a text in both report languages, and values said plainly. */
export type Words = Readonly<Record<Lang, string>>;

export const w = (fr: string, en: string): Words => ({ fr, en });

/** The Observatoire's colours, said in words. */
export const COLOURS: Readonly<Record<string, Words>> = {
  green: w('vert : bien', 'green: good'),
  yellow: w('jaune : à améliorer', 'yellow: to improve'),
  orange: w('orange : à améliorer', 'orange: to improve'),
  red: w('rouge : bloquant', 'red: blocking'),
};

/** Yes/no in words, numbers in the language's own notation, text as it is. */
export function formatPlain(raw: string | number | boolean, lang: Lang): string {
  if (typeof raw === 'boolean') return lang === 'fr' ? (raw ? 'oui' : 'non') : raw ? 'yes' : 'no';
  if (typeof raw === 'number') return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(raw);
  return raw;
}
