import { readableText } from './page-text';

/**
 * fieldLabel() looks up `label[for]` with a query per field, which is quadratic on very long
 * forms. This reads the labels of each document or shadow root once, then answers per field in
 * constant time, with the same order of sources as fieldLabel(): aria-labelledby, aria-label,
 * label[for], wrapping label, title, placeholder. Page text only, never a value.
 */
export function labelReader(): (field: Element) => string {
  const byRoot = new Map<Node, Map<string, Element>>();
  const labelsOf = (root: Document | ShadowRoot): Map<string, Element> => {
    let map = byRoot.get(root);
    if (!map) {
      map = new Map();
      for (const label of root.querySelectorAll('label[for]')) {
        const id = label.getAttribute('for') ?? '';
        if (!map.has(id)) map.set(id, label);
      }
      byRoot.set(root, map);
    }
    return map;
  };
  return (field) => {
    const root = field.getRootNode() as Document | ShadowRoot;
    const labelledBy = field.getAttribute('aria-labelledby');
    if (labelledBy) {
      const text = labelledBy
        .split(/\s+/)
        .map((id) => root.getElementById?.(id) ?? field.ownerDocument.getElementById(id))
        .map((el) => (el ? readableText(el) : ''))
        .join(' ')
        .trim();
      if (text) return text;
    }
    const ariaLabel = field.getAttribute('aria-label')?.trim();
    if (ariaLabel) return ariaLabel;
    if (field.id) {
      const label = labelsOf(root).get(field.id);
      if (label) return readableText(label);
    }
    const wrapping = field.closest('label');
    if (wrapping) return readableText(wrapping);
    return (field.getAttribute('title') ?? field.getAttribute('placeholder') ?? '').trim();
  };
}
