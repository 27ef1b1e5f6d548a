import type { Lang } from '../model/lang';
import { EN_JARGON } from './data/en-jargon';
import { FR_JARGON } from './data/fr-jargon';
import { lookupForm } from './lexicon';

/** A jargon term found in a text, with the plainer wording to suggest. */
export interface JargonHit {
  term: string;
  plain: string;
}

interface Matcher {
  /** First token -> candidate terms as token lists, longest first so that the longest term wins. */
  byFirst: Map<string, { term: string; tokens: string[] }[]>;
}

const matchers = new Map<Lang, Matcher>();

function tokens(phrase: string, lang: Lang): string[] {
  return phrase.split(/\s+/u).map((t) => lookupForm(t, lang));
}

function matcher(lang: Lang): Matcher {
  let m = matchers.get(lang);
  if (m) return m;
  const byFirst = new Map<string, { term: string; tokens: string[] }[]>();
  for (const term of Object.keys(lang === 'fr' ? FR_JARGON : EN_JARGON)) {
    const t = tokens(term, lang);
    const first = t[0];
    if (!first) continue;
    const list = byFirst.get(first) ?? [];
    list.push({ term, tokens: t });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    byFirst.set(first, list);
  }
  m = { byFirst };
  matchers.set(lang, m);
  return m;
}

/** Jargon terms in one sentence's words, in order; terms never overlap. */
export function findJargon(words: readonly string[], lang: Lang): JargonHit[] {
  const dict = lang === 'fr' ? FR_JARGON : EN_JARGON;
  const { byFirst } = matcher(lang);
  const forms = words.map((w) => lookupForm(w, lang));
  const hits: JargonHit[] = [];
  for (let i = 0; i < forms.length; i++) {
    const candidates = byFirst.get(forms[i] ?? '');
    if (!candidates) continue;
    const found = candidates.find((c) => c.tokens.every((t, k) => forms[i + k] === t));
    if (!found) continue;
    hits.push({ term: found.term, plain: dict[found.term] ?? '' });
    i += found.tokens.length - 1;
  }
  return hits;
}
