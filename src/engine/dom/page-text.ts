import { once } from './read-once';
import { collapseWhitespace } from './collapse-whitespace';

/**
 * Text a reader meets on the page, for rules that look for wording. It skips form controls and
 * editable regions, whose text is what a person typed, and code samples, scripts and our own UI.
 */
const SKIPPED = 'script, style, noscript, template, textarea, select, option, pre, code, [contenteditable=""], [contenteditable="true"], [data-balise-ui], [hidden], [aria-hidden="true"]';

export function readableText(root: Element | null | undefined): string {
  if (!root) return '';
  return once('readable-text', root, readText);
}

/** Text nodes in tree order, skipping whole subtrees that match SKIPPED (and everything, if root sits in one). */
function readText(root: Element): string {
  if (root.closest(SKIPPED)) return '';
  const chunks: string[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3 /* Node.TEXT_NODE */) {
      chunks.push(node.nodeValue ?? '');
      continue;
    }
    if (node !== root && (node.nodeType !== 1 /* Node.ELEMENT_NODE */ || (node as Element).matches(SKIPPED))) continue;
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return collapseWhitespace(chunks.join(' ')).trim();
}

/** The name a person reads for a link or a button: its text, else aria-label or title. */
export function linkText(element: Element): string {
  const text = readableText(element) || element.getAttribute('aria-label') || element.getAttribute('title') || '';
  return collapseWhitespace(text).trim();
}
