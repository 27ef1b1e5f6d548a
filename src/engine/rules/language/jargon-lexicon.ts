import type { Lang } from '../../model/lang';
import jargonFr from '../../lexicon/jargon-fr.json';
import jargonEn from '../../lexicon/jargon-en.json';

export interface JargonEntry {
  term: string;
  plain: string;
}

export interface JargonHit extends JargonEntry {
  /** Index of the first word of the match in the word list. */
  index: number;
  length: number;
}

const LEXICONS: Record<Lang, readonly JargonEntry[]> = { fr: jargonFr.entries, en: jargonEn.entries };
// French elided articles and pronouns: "l'usager" is looked up as "usager".
const ELIDED = /^(?:l|d|j|m|t|s|c|n|qu|jusqu|lorsqu|puisqu)'/u;

/** The form a word is compared under: lower case, straight apostrophe, no French elision. */
export function wordForm(word: string, lang: Lang): string {
  const w = word.normalize('NFC').toLowerCase().replace(/[’ʼ]/gu, "'");
  return lang === 'fr' ? w.replace(ELIDED, '') : w;
}

/** Terms are listed in the singular: a plural in the text ("délais", "arrears") finds them. */
function singular(form: string): string {
  return form.length > 3 ? form.replace(/[sx]$/u, '') : form;
}

interface Candidate {
  entry: JargonEntry;
  forms: string[];
}
const matchers = new Map<Lang, Map<string, Candidate[]>>();

function matcher(lang: Lang): Map<string, Candidate[]> {
  let byFirst = matchers.get(lang);
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const entry of LEXICONS[lang]) {
    const forms = entry.term.split(/\s+/u).map((w) => wordForm(w, lang));
    const list = byFirst.get(forms[0]!) ?? [];
    list.push({ entry, forms });
    // The longest term wins: "recours gracieux" before "recours".
    list.sort((a, b) => b.forms.length - a.forms.length);
    byFirst.set(forms[0]!, list);
  }
  matchers.set(lang, byFirst);
  return byFirst;
}

export function lexiconSize(lang: Lang): number {
  return LEXICONS[lang].length;
}

/** Jargon in a list of words (one sentence), in order, never overlapping. Linear in the words. */
export function findJargonTerms(words: readonly string[], lang: Lang): JargonHit[] {
  const byFirst = matcher(lang);
  const forms = words.map((w) => wordForm(w, lang));
  const same = (text: string | undefined, term: string) => text !== undefined && (text === term || singular(text) === term);
  const hits: JargonHit[] = [];
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i]!;
    const candidates = [...(byFirst.get(form) ?? []), ...(singular(form) !== form ? (byFirst.get(singular(form)) ?? []) : [])];
    const found = candidates.find((c) => c.forms.every((f, k) => same(forms[i + k], f)));
    if (!found) continue;
    hits.push({ ...found.entry, index: i, length: found.forms.length });
    i += found.forms.length - 1;
  }
  return hits;
}
