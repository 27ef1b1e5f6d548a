/*
 * The median dot of French inclusive writing ("usager·ère·s", "candidat.e.s") and the double form
 * to write instead ("usagers et usagères"). Screen readers spell it out or stop at it; people who
 * read with difficulty cannot decode it (DINUM and Inclusion Europe recommend the full forms).
 */
const DOT = '[·•‧⋅∙]';
const SUFFIX = '(?:e|es|s|ère|ères|ière|ières|ice|ices|euse|euses|rice|rices|trice|trices|ne|nes|le|les|te|tes|se|ses|ve|ves)';
// With a median dot, any lower-case ending; with a full stop, only gender endings, and never inside an address or a URL.
// In block capitals too ("USAGER·ÈRE·S"): the ending is then in capitals like the word.
const MEDIAN = new RegExp(`(?<![\\p{L}\\d])(\\p{L}{2,})${DOT}(\\p{Ll}{1,6}|\\p{Lu}{1,6})(?:${DOT}(\\p{Ll}{1,3}|\\p{Lu}{1,3}))?(?![\\p{L}\\d])`, 'gu');
const FULL_STOP = new RegExp(`(?<![\\p{L}\\d/@:.])(\\p{L}{2,})\\.(${SUFFIX})(?:\\.(s|es))?(?![\\p{L}\\d./@])`, 'gu');

export interface InclusiveForm {
  text: string;
  index: number;
  /** "usagers et usagères", or null when the feminine cannot be built with confidence. */
  doubleForm: string | null;
}

// What each pattern cannot match without: a block lacking it is not scanned (most blocks of a page).
const MEDIAN_NEEDS = new RegExp(DOT, 'u');
const FULL_STOP_NEEDS = /\.\p{L}/u;

export function findInclusiveForms(text: string): InclusiveForm[] {
  const found: InclusiveForm[] = [];
  for (const [re, needs] of [[MEDIAN, MEDIAN_NEEDS], [FULL_STOP, FULL_STOP_NEEDS]] as const) {
    if (!needs.test(text)) continue;
    for (const m of text.matchAll(re)) {
      const [, base, suffix, plural] = m as unknown as [string, string, string, string | undefined];
      const capitals = /^\p{Lu}+$/u.test(suffix);
      // A capital ending after a word in lower case is two words ("Jean·Pierre"), not inclusive writing.
      if (capitals && !/^\p{Lu}+$/u.test(base)) continue;
      const double = doubleForm(base.toLowerCase(), suffix.toLowerCase(), plural?.toLowerCase());
      found.push({ text: m[0], index: m.index ?? 0, doubleForm: capitals && double ? double.toUpperCase() : double });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function feminine(base: string, suffix: string): string | null {
  const s = suffix.replace(/s$/u, '') || suffix;
  if (['e', 'ne', 'le', 'te', 'se'].includes(s)) return base + s;
  if (s === 've' && base.endsWith('f')) return base.slice(0, -1) + 've';
  if (s === 'trice' && base.endsWith('teur')) return base.slice(0, -4) + 'trice';
  if ((s === 'rice' || s === 'ice') && base.endsWith('eur')) return base.slice(0, -3) + 'rice';
  if (s === 'euse' && base.endsWith('eur')) return base.slice(0, -3) + 'euse';
  if (s === 'ière' && base.endsWith('ier')) return base.slice(0, -3) + 'ière';
  if (s === 'ère' && base.endsWith('er')) return base.slice(0, -2) + 'ère';
  return null;
}

function doubleForm(base: string, suffix: string, plural: string | undefined): string | null {
  // "candidat·e·s" has its plural apart; "usager·ères" carries it in the suffix; "ami·es" too.
  const isPlural = plural !== undefined || (suffix !== 's' && suffix.endsWith('s'));
  if (suffix === 's') return null; // "ami·s": a plural mark only, no gender to spell out
  const fem = feminine(base, suffix);
  if (!fem) return null;
  const pl = (w: string) => (isPlural && !/[sx]$/u.test(w) ? w + 's' : w);
  return `${pl(base)} et ${pl(fem)}`;
}
