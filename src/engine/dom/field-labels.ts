import { readableText } from './page-text';

/** Finds the `<label for=id>` of a field in its document or shadow root. */
type LabelFor = (root: Document | ShadowRoot, id: string) => Element | null | undefined;

/**
 * The label a person reads for a field: aria-labelledby, aria-label, <label for>, wrapping
 * label, then title and placeholder. Only page text: never the field's own content.
 * One query for `label[for]` per call: fine for a few fields, see labelReader() for many.
 */
export function fieldLabel(field: Element): string {
  return labelOf(field, queryLabelFor);
}

/**
 * fieldLabel() for every field of a page: querying `label[for]` per field is quadratic on very
 * long forms, so this reads the labels of each document or shadow root once, then answers per
 * field in constant time. Same order of sources, same answers.
 */
export function labelReader(): (field: Element) => string {
  const byRoot = new Map<Node, Map<string, Element>>();
  const labelsOf = (root: Document | ShadowRoot): Map<string, Element> => {
    let map = byRoot.get(root);
    if (!map) {
      map = new Map();
      for (const label of root.querySelectorAll?.('label[for]') ?? []) {
        const id = label.getAttribute('for') ?? '';
        // The first label in document order wins, as in fieldLabel().
        if (!map.has(id)) map.set(id, label);
      }
      byRoot.set(root, map);
    }
    return map;
  };
  return (field) => labelOf(field, (root, id) => labelsOf(root).get(id));
}

// Compares the attribute rather than building a selector: no escaping, so any id a page uses
// finds the same label as labelReader's map does.
const queryLabelFor: LabelFor = (root, id) => {
  for (const label of root.querySelectorAll?.('label[for]') ?? []) if (label.getAttribute('for') === id) return label;
  return null;
};

/** The one order of sources both readers follow. */
function labelOf(field: Element, labelFor: LabelFor): string {
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
    const label = labelFor(root, field.id);
    if (label) return readableText(label);
  }
  const wrapping = field.closest('label');
  if (wrapping) return readableText(wrapping);
  return (field.getAttribute('title') ?? field.getAttribute('placeholder') ?? '').trim();
}
