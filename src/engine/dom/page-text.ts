/**
 * Text a reader meets on the page, for rules that look for wording. It skips form controls and
 * editable regions, whose text is what a person typed, and code samples, scripts and our own UI.
 */
const SKIPPED = 'script, style, noscript, template, textarea, select, option, pre, code, [contenteditable=""], [contenteditable="true"], [data-balise-ui], [hidden], [aria-hidden="true"]';

export function readableText(root: Element | null | undefined): string {
  if (!root) return '';
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const chunks: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && parent.closest(SKIPPED)) continue;
    chunks.push(node.nodeValue ?? '');
  }
  return chunks.join(' ').replace(/\s+/g, ' ').trim();
}

/** The name a person reads for a link or a button: its text, else aria-label or title. */
export function linkText(element: Element): string {
  const text = readableText(element) || element.getAttribute('aria-label') || element.getAttribute('title') || '';
  return text.replace(/\s+/g, ' ').trim();
}
