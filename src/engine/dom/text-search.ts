import { textBlocks, type TextBlock } from './text-blocks';
import { readableText } from './page-text';
import { once } from './read-once';

/*
 * Wording rules (account required, SMS code, time limits, contact channels...) look for phrases
 * in the page's text blocks (text-blocks.ts, the one text extraction): a finding points at the
 * element that says it, and a phone number in a field hint means something else than one in a
 * footer.
 */

/** The page's blocks, read once per page read (read-once.ts) and shared by every rule of the audit. */
export function sharedTextBlocks(doc: Document): TextBlock[] {
  return once('text-blocks', doc, textBlocks);
}

/** What a search reads: a block's element and its text. */
export type SearchBlock = Pick<TextBlock, 'element' | 'text'>;

/**
 * The blocks to search, each piece of text once: a link or button inside a sentence is already
 * in the block around it, where the sentence is read whole.
 */
export function searchableBlocks(doc: Document): SearchBlock[] {
  return once('searchable-blocks', doc, () => sharedTextBlocks(doc).filter((b) => !b.inSentence));
}

export interface TextMatch {
  element: Element;
  match: string;
  /** The block text around the match, for rules that read context (e.g. "Fax :" before a number). */
  before: string;
  after: string;
}

/** Every match of `pattern` (made global here) in the blocks' text, block by block. */
export function findInText(blocks: readonly SearchBlock[], pattern: RegExp, limit = 20): TextMatch[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  const found: TextMatch[] = [];
  for (const { element, text } of blocks) {
    for (const m of text.matchAll(global)) {
      const index = m.index ?? 0;
      found.push({
        element: innermostHolding(element, m[0]),
        match: m[0],
        before: text.slice(Math.max(0, index - 60), index),
        after: text.slice(index + m[0].length, index + m[0].length + 60),
      });
      if (found.length >= limit) return found;
    }
  }
  return found;
}

/** The deepest descendant whose text holds the whole match: the link rather than its paragraph. */
function innermostHolding(block: Element, match: string): Element {
  const flat = match.replace(/\s+/g, ' ');
  let current = block;
  for (;;) {
    const child = [...current.children].find((c) => readableText(c).includes(flat));
    if (!child) return current;
    current = child;
  }
}

/** Whether an element belongs to a form field's label or hint: text there describes the field, not the service. */
export function isFieldDescription(element: Element): boolean {
  if (element.closest('label, legend, .fr-hint-text, .govuk-hint, .fr-messages-group, .govuk-error-message')) return true;
  const id = element.closest('[id]')?.id;
  if (!id) return false;
  const root = element.getRootNode() as Document | ShadowRoot;
  return describedByIds(root).has(id);
}

/**
 * Every id an aria-describedby under the root names, as `[aria-describedby~="id"]` would match
 * them (whitespace-separated tokens). Read once per root while a page is read (read-once.ts), not
 * once per text block: a query per block made long pages quadratic.
 */
function describedByIds(root: Document | ShadowRoot): Set<string> {
  return once('described-by', root, () => {
    const ids = new Set<string>();
    for (const element of root.querySelectorAll?.('[aria-describedby]') ?? []) {
      for (const token of (element.getAttribute('aria-describedby') ?? '').split(/[ \t\n\r\f]+/)) if (token) ids.add(token);
    }
    return ids;
  });
}
