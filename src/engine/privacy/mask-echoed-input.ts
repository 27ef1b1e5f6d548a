import { MASK } from './mask-personal-data';

/*
 * An error message often repeats what the person typed: « 12/13/2020 » n'est pas une date valide,
 * "jean.dupont@exemple" is not a valid email address, La valeur 'Dupont' est trop longue. Such a
 * value has no shape personal-data masking knows, so in error text everything between quotation
 * marks, and every token holding a digit (a date or an amount echoed without quotes), is masked.
 * The service's own figures in an error message ("au format 12/03/1960") go too: a report never
 * needs them, and a figure cannot be told from an echo.
 */

// « » and ‹ › (French), “ ” and ‘ ’ (English), „ “ (German), straight quotes. A single quote opens
// only after a non-letter and closes only before one: l'adresse, n'est, don't are apostrophes.
const QUOTED = /(«\s*)([^»\n]*?)(\s*»)|(‹\s*)([^›\n]*?)(\s*›)|(“)([^”\n]*?)(”)|(„)([^“”\n]*?)([“”])|(")([^"\n]*?)(")|(?<![\p{L}\p{N}])(['‘])([^'’‘\n]*?)(['’])(?![\p{L}\p{N}])/gu;
// A word holding a digit, with the punctuation inside it (12/13/2020, 1 500,00 €'s "1", 06-12, A12B).
const WITH_DIGIT = /[\p{L}\p{N}@_\-/.,:+%€$£]*\p{N}[\p{L}\p{N}@_\-/.,:+%€$£]*/gu;
const TRAILING_PUNCTUATION = /[.,:\-/]+$/u;
// Masks side by side ("12 03 1960", « […] » 42) read as one.
const MASK_RUN = /\[…\](?: +\[…\])+/gu;

/** Error text with quoted values and digit-holding tokens replaced by MASK (idempotent). */
export function maskEchoedInput(text: string): string {
  if (!/[«‹“„"'‘\p{N}]/u.test(text)) return text;
  const unquoted = text.replace(QUOTED, (...m: unknown[]) => {
    const groups = m.slice(1, 19) as Array<string | undefined>;
    for (let i = 0; i < groups.length; i += 3) {
      if (groups[i] !== undefined) return `${groups[i]}${groups[i + 1] ? MASK : ''}${groups[i + 2]}`;
    }
    return m[0] as string;
  });
  return unquoted
    .replace(WITH_DIGIT, (token) => MASK + (TRAILING_PUNCTUATION.exec(token)?.[0] ?? ''))
    .replace(MASK_RUN, MASK);
}

