import type { Lang } from '../../model/lang';
import { commonWords } from './text-measures';
import { lookupForm } from './text-measures';

/** A word written in capitals only, of two letters or more ("CAF", "VOUS", "L'ADRESSE"). */
export function isAllCaps(word: string): boolean {
  // Most words start with a lower-case ASCII letter: settled without reading them letter by letter.
  const first = word.charCodeAt(0);
  if (first >= 97 && first <= 122) return false;
  let letters = 0;
  for (const ch of word) {
    // ASCII is told by its code ("Dossier" is settled at its second letter), the rest by Unicode classes.
    const code = ch.charCodeAt(0);
    if (code >= 97 && code <= 122) return false;
    if (code >= 65 && code <= 90) letters++;
    else if (code > 127 && /\p{Ll}/u.test(ch)) return false;
    else if (code > 127 && /\p{Lu}/u.test(ch)) letters++;
  }
  return letters >= 2;
}

/** A word of the language, whatever its case: capitals on it are emphasis, not an acronym. */
export function isCommonWord(word: string, lang: Lang): boolean {
  const form = lookupForm(word, lang);
  return commonWords(lang).has(form) || form.split('-').every((part) => part !== '' && commonWords(lang).has(part));
}
