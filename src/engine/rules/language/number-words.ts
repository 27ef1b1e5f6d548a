import type { Lang } from '../../model/lang';

/*
 * Numbers written in words and their value, for the FALC advice "write numbers in digits".
 * Words that are also articles or adjectives ("un", "une", "neuf", "one") only count inside a
 * number ("vingt-et-un", "dix-neuf", "twenty-one", "one hundred").
 */
const FR: Record<string, number> = {
  zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
  douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40,
  cinquante: 50, soixante: 60, cent: 100, cents: 100, mille: 1000,
};
const EN: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
};
// Maps, not plain objects: "constructor" or "toString" in a text is not a number word.
const VALUES: Record<Lang, ReadonlyMap<string, number>> = { fr: new Map(Object.entries(FR)), en: new Map(Object.entries(EN)) };
const NOT_ALONE: Record<Lang, ReadonlySet<string>> = { fr: new Set(['un', 'une', 'neuf', 'cent']), en: new Set(['one']) };
const JOINERS = new Set(['et', 'and']);

function parts(word: string): string[] {
  return word.toLowerCase().split(/[-‐‑]/u).filter(Boolean);
}

const HYPHENS = /[-‐‑]/u;

/** Bit n set when a number word or a joiner starts with the (n+1)th ASCII letter. */
function firstLetterMask(lang: Lang): number {
  let mask = 0;
  for (const w of [...VALUES[lang].keys(), ...JOINERS]) mask |= 1 << (w.charCodeAt(0) - 97);
  return mask;
}
const FIRST_LETTERS: Record<Lang, number> = { fr: firstLetterMask('fr'), en: firstLetterMask('en') };

/** Whether every part of the word is a number word ("vingt-cinq", "twenty-one"). */
export function isNumberWord(word: string, lang: Lang): boolean {
  // Every word of a page comes here and hardly any is a number word: one starting with an ASCII
  // letter that starts no number word is settled by that letter's code (0x20 makes it lower case),
  // without lower-casing or splitting the word. Other first characters take the full path.
  const first = word.charCodeAt(0) | 0x20;
  if (first >= 97 && first <= 122 && (FIRST_LETTERS[lang] & (1 << (first - 97))) === 0) return false;
  // Most words have one part: looked up as they are, without splitting (every word of a page comes here).
  if (!HYPHENS.test(word)) return word !== '' && VALUES[lang].has(word.toLowerCase());
  const p = parts(word);
  return p.length > 0 && p.every((x) => VALUES[lang].has(x) || (JOINERS.has(x) && p.length > 1));
}

/** The value of a run of number words ("deux cents", "quatre-vingt-dix-sept"), or null. */
export function numberValue(words: readonly string[], lang: Lang): number | null {
  let total = 0;
  let current = 0;
  let previous = -1;
  for (const x of words.flatMap(parts)) {
    if (JOINERS.has(x)) continue;
    const v = VALUES[lang].get(x);
    if (v === undefined) return null;
    if (v === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (v === 100) {
      current = (current || 1) * 100;
    } else if (lang === 'fr' && v === 20 && previous === 4) {
      current = current - 4 + 80; // quatre-vingt
    } else {
      current += v;
    }
    previous = v;
  }
  return total + current;
}

export interface NumberInWords {
  /** The words as written. */
  text: string;
  value: number | null;
}

/**
 * Runs of number words in a sentence's words. A lone ambiguous word ("un", "one") is not a
 * number, nor is a capitalised one inside the sentence (a name, a title).
 */
export function findNumbersInWords(words: readonly string[], lang: Lang): NumberInWords[] {
  const found: NumberInWords[] = [];
  let run: string[] = [];
  const close = () => {
    // Most words end no run: nothing to do, no array to make.
    if (run.length === 0) return;
    const lone = run.length === 1 && parts(run[0]!).length === 1 && NOT_ALONE[lang].has(run[0]!.toLowerCase());
    if (!lone) found.push({ text: run.join(' '), value: numberValue(run, lang) });
    run = [];
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (isNumberWord(w, lang) && !(i > 0 && isCapitalised(w)) && !isMonth(w, words[i - 1], lang)) run.push(w);
    else close();
  }
  close();
  return found;
}

// "le 12 sept. 2026": after a day written in digits, "sept" is September, shortened.
const DAY = /^(?:[1-9]|[12]\d|3[01])(?:er)?$/u;
function isMonth(word: string, before: string | undefined, lang: Lang): boolean {
  return lang === 'fr' && before !== undefined && word.toLowerCase() === 'sept' && DAY.test(before);
}

/**
 * "Quinze-Vingts", "Les Trois Mousquetaires": inside a sentence, a number word with a capital
 * belongs to a name or a title, which the service cannot write in digits. Block capitals are not
 * capitalised words ("ENVOYEZ TROIS DOCUMENTS").
 */
function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && word !== word.toUpperCase();
}
