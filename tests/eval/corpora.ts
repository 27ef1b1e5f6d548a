import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SHARED_DIR } from '../shared-dir';
import { parseDelimited } from './csv';
import { partOf, type Part } from './split';

/** The shared corpora: ../shared/corpora beside the checkout (see tests/shared-dir.ts). */
export const CORPORA_DIR = path.join(SHARED_DIR, 'corpora');

export function requireCorpora(): string {
  if (!existsSync(CORPORA_DIR)) {
    throw new Error(`Shared corpora not found at ${CORPORA_DIR}: run from the repository root with shared/ beside it.`);
  }
  return CORPORA_DIR;
}

/*
 * Corpus errors found by inspection, kept out of fitting and of the targets (still counted in the
 * "all topics" line of the evaluation): the files do not hold the stated level.
 */
export const OSE_KNOWN_ERRORS: Readonly<Record<string, string>> = {
  'WNL shark': 'ele and adv files swapped: the ele file is the original newspaper text',
};
// Below this word-set overlap the ele and adv files are not versions of one article (two topics).
const OSE_MIN_OVERLAP = 0.2;

function wordSet(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

export interface OseTopic {
  topic: string;
  /** False when the three files are not three levels of one article (see OSE_KNOWN_ERRORS). */
  usable: boolean;
  /** Key of the split group (see split.ts). */
  group: string;
  part: Part;
  ele: string;
  int: string;
  adv: string;
}

export function loadOneStopEnglish(): OseTopic[] {
  const dir = path.join(requireCorpora(), 'onestopenglish');
  const read = (level: string, file: string): string | null => {
    const p = path.join(dir, level, file);
    if (!existsSync(p)) return null;
    // Most int files open with a line naming the level ("Intermediate"): not part of the article.
    return readFileSync(p, 'utf8')
      .replace(/^\uFEFF/, '')
      .replace(/^\s*(?:elementary|intermediate|advanced)\s*\n/i, '');
  };
  const topics: OseTopic[] = [];
  for (const file of readdirSync(path.join(dir, 'ele')).sort()) {
    const ele = read('ele', file);
    const int = read('int', file);
    const adv = read('adv', file);
    if (ele === null || int === null || adv === null) continue;
    const topic = file.replace(/\.txt$/, '');
    const usable = !(topic in OSE_KNOWN_ERRORS) && jaccard(wordSet(ele), wordSet(adv)) >= OSE_MIN_OVERLAP;
    topics.push({ topic, usable, group: `ose:${topic}`, part: partOf(`ose:${topic}`), ele, int, adv });
  }
  return topics;
}

export interface WivicoPair {
  wiki: string;
  viki: string;
  /** The corpus marks some pairs as complexifications: Vikidia added content rather than simplified. */
  simplification: boolean;
  group: string;
  part: Part;
}

export function loadWivico(): WivicoPair[] {
  const text = readFileSync(path.join(requireCorpora(), 'wivico-fr/pairs.tsv'), 'utf8');
  // Sentences carry bare quotes ("« ... »", "Top 14"): fields are tab-separated and never quoted.
  const rows = parseDelimited(text, '\t', false)
    .slice(1)
    .filter((r) => r.length >= 5);
  // Union-find over sentences, so that pairs sharing either side fall on the same side of the split.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(x, r);
    return r;
  };
  const add = (x: string): void => {
    if (!parent.has(x)) parent.set(x, x);
  };
  for (const r of rows) {
    const a = `w:${r[0]}`;
    const b = `v:${r[1]}`;
    add(a);
    add(b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  }
  // The group key is the first Wikipedia sentence of the group in file order: stable across runs.
  const firstOfGroup = new Map<string, string>();
  for (const r of rows) {
    const root = find(`w:${r[0]}`);
    if (!firstOfGroup.has(root)) firstOfGroup.set(root, r[0] ?? '');
  }
  return rows.map((r) => {
    const group = `wivico:${firstOfGroup.get(find(`w:${r[0]}`))}`;
    return { wiki: r[0] ?? '', viki: r[1] ?? '', simplification: r[4] === '0', group, part: partOf(group) };
  });
}

export interface ReadiText {
  corpus: string;
  id: string;
  text: string;
  /** 1 = easiest. */
  level: number;
  group: string;
  part: Part;
}

/** Level columns, easiest first, for each READI corpus. */
export const READI_CORPORA: Record<string, string[]> = {
  ljl: ['level1', 'level2', 'level3', 'level4'],
  JeLisLibre: ['cycle3_6e', 'cycle4_5e', 'cycle4_4e', 'cycle4_3e'],
  'bibebook.com': ['aisée', 'intermédiaire', 'avancée'],
};

/**
 * The READI texts are pre-tokenised ("m' a", "ceux -ci", "maison ."): glue elisions and compounds
 * back so that words are counted as in ordinary text.
 */
export function detokenize(text: string): string {
  // NFKC also undoes the typographic ligatures of the bibebook PDFs ("oﬀre" -> "offre").
  return text
    .normalize('NFKC')
    .replace(/(\p{L})(['’]) (?=\p{L})/gu, '$1$2')
    .replace(/(\p{L}) ?- (?=\p{L})/gu, '$1-')
    .replace(/(\p{L}) -(?=\p{L})/gu, '$1-')
    .replace(/ ([.,)])/g, '$1')
    .replace(/\( /g, '(');
}

export function loadReadi(): ReadiText[] {
  const out: ReadiText[] = [];
  for (const [corpus, levels] of Object.entries(READI_CORPORA)) {
    const file = path.join(requireCorpora(), 'readi-fr', `${corpus}.csv`);
    const rows = parseDelimited(readFileSync(file, 'utf8'), ',');
    // Headers may be NFD-encoded or carry a BOM: compare them in NFC.
    const header = (rows[0] ?? []).map((h) => h.replace(/^\uFEFF/, '').trim().normalize('NFC'));
    const cols = levels.map((l) => header.indexOf(l));
    if (cols.some((c) => c < 0)) throw new Error(`${file}: expected level columns ${levels.join(', ')}`);
    for (const r of rows.slice(1)) {
      if (r.length < header.length) continue;
      const idx = cols.findIndex((c) => r[c] === '1');
      if (idx < 0) continue;
      const id = r[0] ?? '';
      const block = Math.floor(Number(id.replace(/\D/g, '')) / 40);
      const group = `readi:${corpus}:${levels[idx]}:${block}`;
      out.push({ corpus, id, text: detokenize(r[1] ?? ''), level: idx + 1, group, part: partOf(group) });
    }
  }
  return out;
}
