import type { Lang } from '../../src/engine/model/lang';
import { lookupForm } from '../../src/engine/text/lexicon';
import { segmentText, type Sentence } from '../../src/engine/text/segment';

export interface Doc {
  source: string;
  text: string;
  sentences: Sentence[];
}

export function doc(source: string, text: string, lang: Lang): Doc {
  return { source, text, sentences: segmentText(text, lang) };
}

/** Words written in lower case, as lookup forms: a capitalised word may be a name. */
function lowerForms(d: Doc, lang: Lang): string[] {
  const out: string[] = [];
  for (const s of d.sentences) {
    for (const w of s.words) {
      if (/[\p{Lu}\p{N}]/u.test(w) || !/\p{L}/u.test(w)) continue;
      out.push(lookupForm(w, lang));
    }
  }
  return out;
}

/**
 * Common words: mean relative frequency over the sources, keeping only forms seen in at least
 * `minSources` sources (at least twice each) so that names and one book's vocabulary stay out.
 */
export function buildLexicon(docs: readonly Doc[], lang: Lang, size: number, minSources: number): string[] {
  const bySource = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  for (const d of docs) {
    const m = bySource.get(d.source) ?? new Map<string, number>();
    bySource.set(d.source, m);
    for (const f of lowerForms(d, lang)) {
      m.set(f, (m.get(f) ?? 0) + 1);
      totals.set(d.source, (totals.get(d.source) ?? 0) + 1);
    }
  }
  const score = new Map<string, number>();
  const seenIn = new Map<string, number>();
  for (const [source, m] of bySource) {
    const total = totals.get(source) ?? 1;
    for (const [f, c] of m) {
      if (c < 2) continue;
      score.set(f, (score.get(f) ?? 0) + c / total / bySource.size);
      seenIn.set(f, (seenIn.get(f) ?? 0) + 1);
    }
  }
  return [...score.entries()]
    .filter(([f]) => (seenIn.get(f) ?? 0) >= minSources && !/\s/u.test(f))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, size)
    .map(([f]) => f);
}

/**
 * The texts the French common-word list is learnt from: each distinct sentence of the WiViCo pairs
 * (Wikipedia and Vikidia sides) and each READI text, all from the training parts the caller gives.
 */
export function frenchTrainingDocs(wivico: ReadonlyArray<{ wiki: string; viki: string }>, readi: ReadonlyArray<{ corpus: string; text: string }>): Doc[] {
  const docs: Doc[] = [];
  const seen = new Set<string>();
  for (const p of wivico) {
    for (const [source, text] of [['wiki', p.wiki], ['viki', p.viki]] as const) {
      if (!seen.has(text)) docs.push(doc(source, text, 'fr'));
      seen.add(text);
    }
  }
  for (const r of readi) docs.push(doc(r.corpus, r.text, 'fr'));
  return docs;
}
