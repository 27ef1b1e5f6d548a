import { readableText } from './page-text';
import { queryDeep } from './query-deep';

/**
 * Wording rules need to know *where* a sentence sits, not only that the page says it: a finding
 * points at an element, and a phone number in a field hint means something else than one in a
 * footer. A "unit" is the innermost block holding a piece of text; inline children (links,
 * <strong>) stay inside it so a sentence is read whole.
 */
const BLOCK =
  'p, li, td, th, dd, dt, h1, h2, h3, h4, h5, h6, address, legend, label, figcaption, blockquote, summary, caption, button, div, section, article, aside, header, footer, main, nav, form, fieldset, body';
const SKIPPED = 'script, style, noscript, template, textarea, select, option, pre, code, [contenteditable=""], [contenteditable="true"], [data-balise-ui], [hidden], [aria-hidden="true"]';

export interface TextUnit {
  element: Element;
  /** The unit's own text: text in nested blocks belongs to those blocks. */
  text: string;
}

/**
 * Several rules read the same units in one synchronous rule run. The page cannot change while
 * that run holds the thread, so the units are shared until the next microtask, then dropped.
 */
const shared = new WeakMap<Document, TextUnit[]>();

export function textUnits(doc: Document): TextUnit[] {
  const cached = shared.get(doc);
  if (cached) return cached;
  const units = collectUnits(doc);
  shared.set(doc, units);
  queueMicrotask(() => shared.delete(doc));
  return units;
}

function collectUnits(doc: Document): TextUnit[] {
  const roots: Array<Element | ShadowRoot> = [doc.body ?? doc.documentElement];
  for (const host of queryDeep(doc, '*')) if (host.shadowRoot) roots.push(host.shadowRoot);
  const chunks = new Map<Element, string[]>();
  for (const root of roots) {
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(SKIPPED)) continue;
      const unit = parent.closest(BLOCK) ?? parent;
      const list = chunks.get(unit) ?? [];
      list.push(node.nodeValue ?? '');
      chunks.set(unit, list);
    }
  }
  const units: TextUnit[] = [];
  for (const [element, parts] of chunks) {
    const text = parts.join(' ').replace(/\s+/g, ' ').trim();
    if (text) units.push({ element, text });
  }
  return units;
}

export interface TextMatch {
  element: Element;
  match: string;
  /** The unit text around the match, for rules that read context (e.g. "Fax :" before a number). */
  before: string;
  after: string;
}

/** Every match of `pattern` (made global here) in the page's readable text, unit by unit. */
export function findInText(units: readonly TextUnit[], pattern: RegExp, limit = 20): TextMatch[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  const found: TextMatch[] = [];
  for (const { element, text } of units) {
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
function innermostHolding(unit: Element, match: string): Element {
  let current = unit;
  for (;;) {
    const child = [...current.children].find((c) => readableText(c).includes(match));
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
  return root.querySelector?.(`[aria-describedby~="${id.replace(/"/g, '\\"')}"]`) != null;
}
