import { lookupForm } from '../text/lexicon';
import { commonWords } from '../text/score';

/**
 * A person's name as French services print it: the surname in capitals beside the first name,
 * in either order ("Jean DUPONT", "DUPONT Marie-Claire", "Zoé LE GALL"). An account page, a recap
 * or a letter shows it with no greeting before it (findNames needs one) and often away from the
 * sign-out control (account-area.ts), so it would reach a report through any quoted excerpt, and
 * the acronym rule would list the surname as an unexplained acronym.
 *
 * What is not a name: capitals that are all common words ("Accueil CONTACT", block capitals), and
 * capitals after a word that only introduces them ("Votre CAF", "La MDPH", "Contact URSSAF" is
 * still taken: a verb or a noun before an acronym is rare, and masking it costs only evidence).
 * Capitals without a vowel are acronyms, not surnames (CPF, MDPH, NHS), and so are two letters
 * alone ("UK Visas"): a two-letter surname (WU, LI) is missed, the price of not masking those.
 */
const WORD = /[\p{L}][\p{L}'’-]*/gu;
const TITLE_CASE = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
const CAPITALS = /^\p{Lu}+(?:[-'’]\p{Lu}+)*$/u;
const VOWEL = /[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸ]/u;
const SPACES_ONLY = /^[ \u00a0]+$/u;
const TWO_CAPITALS = /\p{Lu}{2}/u;
const MAX_SURNAME_WORDS = 3;
const MAX_FIRST_NAME_WORDS = 2;

const INTRODUCERS = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'mon', 'ma', 'mes',
  'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'à', 'a', 'en', 'et', 'ou',
  'par', 'pour', 'avec', 'sans', 'sur', 'sous', 'chez', 'dans', 'entre', 'vers', 'via', 'selon', 'si', 'ne', 'pas',
  'the', 'an', 'this', 'that', 'these', 'those', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'and', 'or', 'of',
  'for', 'with', 'without', 'on', 'in', 'at', 'by', 'to', 'from', 'via', 'if', 'not', 'no', 'yes', 'oui', 'non',
]);

interface Word {
  text: string;
  start: number;
  end: number;
}

export function findCapitalisedNames(text: string): Array<{ start: number; end: number }> {
  if (!TWO_CAPITALS.test(text)) return [];
  const words: Word[] = [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const adjacent = (i: number) => i > 0 && SPACES_ONLY.test(text.slice(words[i - 1]!.end, words[i]!.start));
  const found: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < words.length; i++) {
    if (!inCapitals(words[i]!.text)) continue;
    // The surname: up to three words in capitals ("LE GALL", "DE LA FONTAINE"), one of them not a common word.
    let last = i;
    while (last + 1 < words.length && last - i + 1 < MAX_SURNAME_WORDS && adjacent(last + 1) && inCapitals(words[last + 1]!.text)) last++;
    const surname = words.slice(i, last + 1);
    if (!surname.some((w) => w.text.length >= 3 && !isCommon(w.text)) || dotted(text, surname)) {
      i = last;
      continue;
    }
    let first = i;
    while (first > 0 && i - first < MAX_FIRST_NAME_WORDS && adjacent(first) && isFirstName(words[first - 1]!.text)) first--;
    let end = last;
    if (first === i) while (end + 1 < words.length && end - last < MAX_FIRST_NAME_WORDS && adjacent(end + 1) && isFirstName(words[end + 1]!.text)) end++;
    if (first < i || end > last || wholeNameInCapitals(surname, i > 0 && adjacent(i) && inCapitals(words[i - 1]!.text), last + 1 < words.length && adjacent(last + 1) && inCapitals(words[last + 1]!.text))) {
      found.push({ start: words[first]!.start, end: words[end]!.end });
    }
    i = end;
  }
  return found;
}

/**
 * "ZÉBULON QUIXOTTE": two or three words in capitals, none a common word, alone (not inside a
 * longer stretch of capitals, which is block capitals). Two acronyms side by side with nothing
 * between them ("CAF CNAV") are taken too; they are rare, and masking them costs only evidence.
 */
function wholeNameInCapitals(run: readonly Word[], capitalsBefore: boolean, capitalsAfter: boolean): boolean {
  return run.length >= 2 && !capitalsBefore && !capitalsAfter && run.every((w) => !isCommon(w.text));
}

/** Capitals joined to a word by a dot are a site's name ("GOV.UK Verify"), not a surname. */
function dotted(text: string, run: readonly Word[]): boolean {
  const before = run[0]!.start;
  const after = run[run.length - 1]!.end;
  return (text[before - 1] === '.' && /\p{L}/u.test(text[before - 2] ?? '')) || (text[after] === '.' && /\p{L}/u.test(text[after + 1] ?? ''));
}

function inCapitals(word: string): boolean {
  return word.length >= 2 && CAPITALS.test(word) && VOWEL.test(word);
}

function isFirstName(word: string): boolean {
  return TITLE_CASE.test(word) && !INTRODUCERS.has(word.toLowerCase());
}

function isCommon(word: string): boolean {
  return commonWords('fr').has(lookupForm(word, 'fr')) || commonWords('en').has(lookupForm(word, 'en'));
}
