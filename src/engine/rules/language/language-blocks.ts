import type { Lang } from '../../model/lang';
import type { Evidence } from '../../model/result';
import { pass, type PageFinding } from '../../model/rule';
import { toLang } from '../../model/lang';
import { textBlocks, type TextBlock } from '../../dom/text-blocks';
import { segmentText, type Sentence } from './text-measures';

/** A block in a language our rules read (French or English), segmented on first use. */
export interface LanguageBlock {
  block: TextBlock;
  lang: Lang;
  sentences(): Sentence[];
}

export interface PageBlocks {
  all: TextBlock[];
  /** Blocks in French or English: the only ones language-dependent rules judge. */
  readable: LanguageBlock[];
}

interface Cached {
  body: Element | null;
  size: number;
  value: PageBlocks;
}
const cache = new WeakMap<Document, Cached>();

/**
 * The page's blocks, shared by all plain-language rules of one audit: the rules run one after
 * the other synchronously, so the cache lives until the next microtask, and a changed page (a
 * new body, or text of another length) is read again.
 */
export function pageBlocks(doc: Document): PageBlocks {
  const body = doc.body;
  const size = (body ?? doc.documentElement)?.textContent?.length ?? 0;
  const hit = cache.get(doc);
  if (hit && hit.body === body && hit.size === size) return hit.value;
  const all = textBlocks(doc);
  const readable: LanguageBlock[] = [];
  for (const block of all) {
    const lang = toLang(block.lang);
    if (lang) readable.push(languageBlock(block, lang));
  }
  const value = { all, readable };
  cache.set(doc, { body, size, value });
  queueMicrotask(() => cache.delete(doc));
  return value;
}

function languageBlock(block: TextBlock, lang: Lang): LanguageBlock {
  let sentences: Sentence[] | null = null;
  return { block, lang, sentences: () => (sentences ??= segmentText(block.text, lang)) };
}

const MAX_EXCERPT = 160;

/** A short excerpt of the service's own text for a finding: whitespace collapsed, cut on a word. */
export function excerpt(text: string, max = MAX_EXCERPT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}

/** The excerpt around a match: a few words before, the match, a few after. */
export function excerptAround(text: string, index: number, length: number, radius = 60): string {
  // One space per whitespace character: indexes into `text` stay valid.
  const flat = text.replace(/\s/g, ' ');
  const start = Math.max(0, flat.lastIndexOf(' ', Math.max(0, index - radius)) + 1);
  const endSpace = flat.indexOf(' ', Math.min(flat.length, index + length + radius));
  const end = endSpace === -1 ? flat.length : endSpace;
  return (start > 0 ? '…' : '') + flat.slice(start, end).trim() + (end < flat.length ? '…' : '');
}

/** What a page rule returns: its findings, a pass when there was text and nothing to say, nothing without text. */
export function findingsOrPass(readable: readonly unknown[], findings: PageFinding[], evidence?: Evidence): PageFinding[] {
  if (findings.length > 0) return findings;
  return readable.length > 0 ? [{ outcome: pass(evidence) }] : [];
}
