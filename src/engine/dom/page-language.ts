import { toLang } from '../model/lang';

/**
 * Rules that read wording know French and English only. A page that declares another language
 * (nl, de, ar...) gets `inapplicable` from them rather than a false "nothing found"; a page that
 * declares nothing is read in both languages.
 */
export function wordingReadable(doc: Document): boolean {
  const declared = doc.documentElement.getAttribute('lang')?.trim();
  return !declared || toLang(declared) !== null;
}
