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

/** At least this many words in capitals in a row make block capitals (with half of them words). */
export const MIN_CAPS_RUN = 4;

/** A word, not an acronym: a common word, an accented one ("REFUSÉ"), or one too long to be an acronym. */
export function isOrdinaryWord(word: string, lang: Lang): boolean {
  return isCommonWord(word, lang) || /[À-ÖØ-Ý]/u.test(word) || [...word].filter((ch) => /\p{L}/u.test(ch)).length >= 7;
}

/**
 * The runs of a sentence's words written in block capitals, as [start, end) word indexes: four or
 * more words in capitals in a row, at least half of them ordinary words, for a run of acronyms
 * ("CAF CPAM MSA URSSAF") is not block capitals.
 */
export function blockCapitalRuns(words: readonly string[], lang: Lang): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = 0;
  const close = (end: number) => {
    if (end - start >= MIN_CAPS_RUN) {
      const ordinary = words.slice(start, end).filter((w) => isOrdinaryWord(w, lang)).length;
      if (ordinary * 2 >= end - start) runs.push([start, end]);
    }
  };
  for (let i = 0; i < words.length; i++) {
    if (isAllCaps(words[i]!)) continue;
    close(i);
    start = i + 1;
  }
  close(words.length);
  return runs;
}
