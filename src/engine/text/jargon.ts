import type { Lang } from '../model/lang';
import jargonFr from '../lexicon/jargon-fr.json';
import jargonEn from '../lexicon/jargon-en.json';
import { lookupForm } from './lexicon';

/*
 * Administrative jargon with a plainer alternative, from the one lexicon Balise ships
 * (src/engine/lexicon/jargon-{fr,en}.json, with their sources): the admin-jargon rule suggests
 * the alternative, the readability score counts the share of jargon words.
 */
export interface JargonEntry {
  term: string;
  plain: string;
}

/** A jargon term found in a sentence, with the plainer wording to suggest. */
export interface JargonHit extends JargonEntry {
  /** Index of the first word of the match in the word list. */
  index: number;
  length: number;
}

const LEXICONS: Record<Lang, readonly JargonEntry[]> = { fr: jargonFr.entries, en: jargonEn.entries };

export function lexiconSize(lang: Lang): number {
  return LEXICONS[lang].length;
}

/** Terms are listed in the singular: a plural in the text ("délais", "arrears") finds them. */
function singular(form: string): string {
  const last = form.charCodeAt(form.length - 1);
  return form.length > 3 && (last === 0x73 /* s */ || last === 0x78) /* x */ ? form.slice(0, -1) : form;
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
    const forms = entry.term.split(/\s+/u).map((w) => lookupForm(w, lang));
    const list = byFirst.get(forms[0]!) ?? [];
    list.push({ entry, forms });
    // The longest term wins: "recours gracieux" before "recours".
    list.sort((a, b) => b.forms.length - a.forms.length);
    byFirst.set(forms[0]!, list);
  }
  matchers.set(lang, byFirst);
  return byFirst;
}

// The readability score and the admin-jargon rule both look in each sentence's words (never changed once segmented).
const found = new WeakMap<readonly string[], { lang: Lang; hits: readonly JargonHit[] }>();

/** Jargon in a list of words (one sentence), in order, never overlapping. Linear in the words. */
export function findJargon(words: readonly string[], lang: Lang): readonly JargonHit[] {
  const kept = found.get(words);
  if (kept?.lang === lang) return kept.hits;
  const hits = jargonIn(words, lang);
  found.set(words, { lang, hits });
  return hits;
}

/** Whether a word's form is a term's form, or its plural. */
function sameForm(form: string | undefined, term: string): boolean {
  return form !== undefined && (form === term || singular(form) === term);
}

/** Whether all the candidate's words stand at `at` in `forms`. */
function standsAt(candidate: Candidate, forms: readonly string[], at: number): boolean {
  for (let k = 0; k < candidate.forms.length; k++) if (!sameForm(forms[at + k], candidate.forms[k]!)) return false;
  return true;
}

/** The first (longest) candidate whose words all stand at `at` in `forms`. */
function firstMatch(candidates: readonly Candidate[] | undefined, forms: readonly string[], at: number): Candidate | undefined {
  if (!candidates) return undefined;
  for (const c of candidates) if (standsAt(c, forms, at)) return c;
  return undefined;
}

function jargonIn(words: readonly string[], lang: Lang): JargonHit[] {
  const byFirst = matcher(lang);
  const forms = words.map((w) => lookupForm(w, lang));
  const hits: JargonHit[] = [];
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i]!;
    // Terms listed under the form first, then under its singular.
    const one = singular(form);
    const found = firstMatch(byFirst.get(form), forms, i) ?? (one !== form ? firstMatch(byFirst.get(one), forms, i) : undefined);
    if (!found) continue;
    hits.push({ ...found.entry, index: i, length: found.forms.length });
    i += found.forms.length - 1;
  }
  return hits;
}
