import { z } from 'zod';

/** The languages Balise speaks. French first: it is the default wherever a choice must be made. */
export const LANGS = ['fr', 'en'] as const;
export const LangSchema = z.enum(LANGS);
export type Lang = z.infer<typeof LangSchema>;
export const DEFAULT_LANG: Lang = 'fr';

/** Maps any BCP 47 tag ("fr-BE", "en_GB") to a language we speak, or null. */
export function toLang(tag: string | null | undefined): Lang | null {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return base === 'fr' || base === 'en' ? base : null;
}
