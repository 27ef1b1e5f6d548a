import { identifierHoldsPersonalData } from '../privacy/personal-data';
import { once, readingNow, recall, remember } from './read-once';
import type { Target } from '../model/result';

/**
 * A CSS selector for an element, in axe's target shape: one string per document, and an array
 * of strings when the element sits in shadow roots (host selector, then inner selectors).
 * It uses ids and structure only: never an attribute value a person could have typed.
 */
export function targetOf(element: Element): Target {
  const hops: string[] = [];
  let current: Element | null = element;
  while (current) {
    hops.unshift(selectorWithinRoot(current));
    const root = current.getRootNode();
    current = isShadowRoot(root) ? root.host : null;
  }
  return hops.length === 1 ? hops : [hops];
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return (node as ShadowRoot).host !== undefined && node.nodeType === 11;
}

/**
 * The path from the nearest ancestor with a unique id (or the root) down to the element. Findings
 * share ancestors: while a page is read, each element's selector is kept (read-once.ts) and the
 * path stops at the first ancestor whose selector is known.
 */
function selectorWithinRoot(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const below: Element[] = [];
  let selector = '';
  for (let current: Element | null = element; current; ) {
    const known = recall<string>('selector', current);
    if (known !== undefined) {
      selector = known;
      break;
    }
    // An id holding an e-mail address, a phone, a file number ("dossier-HDJ2123F") or a document's
    // name is no anchor: a target is in the report as it is, and the path goes up past it.
    if (current.id && isUniqueId(root, current.id) && !identifierHoldsPersonalData(current.id)) {
      selector = '#' + cssEscape(current.id);
      remember('selector', current, selector);
      break;
    }
    below.push(current);
    const parent: Element | null = current.parentElement;
    if (!parent || current.tagName === 'HTML') break;
    current = parent;
  }
  for (let i = below.length - 1; i >= 0; i--) {
    const step = stepOf(below[i]!);
    selector = selector ? `${selector} > ${step}` : step;
    remember('selector', below[i]!, selector);
  }
  return selector;
}

function stepOf(element: Element): string {
  const parent = element.parentElement;
  return parent ? childSteps(parent).get(element)! : element.localName;
}

/** Each child's step under a parent ("p", "li:nth-of-type(3)"), worked out for all of them at once. */
function childSteps(parent: Element): Map<Element, string> {
  return once('child-steps', parent, () => {
    const counts = new Map<string, number>();
    for (const child of parent.children) counts.set(child.localName, (counts.get(child.localName) ?? 0) + 1);
    const seen = new Map<string, number>();
    const steps = new Map<Element, string>();
    for (const child of parent.children) {
      const tag = child.localName;
      const nth = (seen.get(tag) ?? 0) + 1;
      seen.set(tag, nth);
      steps.set(child, counts.get(tag) === 1 ? tag : `${tag}:nth-of-type(${nth})`);
    }
    return steps;
  });
}

function isUniqueId(root: Document | ShadowRoot, id: string): boolean {
  const counts = idCounts(root);
  // Ids that need escaping are rare: they take the query, so both paths give the same selector in any DOM.
  if (counts && cssEscape(id) === id) return counts.get(id) === 1;
  try {
    return root.querySelectorAll('#' + cssEscape(id)).length === 1;
  } catch {
    return false;
  }
}

/**
 * How many elements carry each id under a root, counted once while a page is read (read-once.ts)
 * instead of one query per element (quadratic on long forms). Only where `#id` matches ids exactly:
 * not in quirks mode, where Chromium matches them regardless of case. (happy-dom has no
 * compatMode and matches exactly.)
 */
function idCounts(root: Document | ShadowRoot): Map<string, number> | null {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!readingNow() || !doc || (doc.compatMode !== undefined && doc.compatMode !== 'CSS1Compat')) return null;
  return once('id-counts', root, () => {
    const counts = new Map<string, number>();
    for (const element of root.querySelectorAll('[id]')) counts.set(element.id, (counts.get(element.id) ?? 0) + 1);
    return counts;
  });
}

/** CSS.escape where the DOM has it; a fallback for the ones that lack it (tests run in happy-dom too). */
export function cssEscape(value: string): string {
  const native = (globalThis as { CSS?: { escape?: (text: string) => string } }).CSS?.escape;
  if (native) return native(value);
  if (value === '-') return '\\-';
  // Other characters first: the code point escape of a leading digit ends with a space, which must stay.
  return value.replace(/[^\w-]/g, (ch) => '\\' + ch).replace(/^(-?)(\d)/, (_match, dash: string, digit: string) => `${dash}\\3${digit} `);
}

/** Finds the element a target points at, crossing open shadow roots. */
export function resolveTarget(doc: Document, target: Target): Element | null {
  const last = target[target.length - 1];
  const hops = Array.isArray(last) ? last : last === undefined ? [] : [last];
  let root: Document | ShadowRoot | null = doc;
  let element: Element | null = null;
  for (const hop of hops) {
    if (!root) return null;
    element = root.querySelector(hop);
    root = element?.shadowRoot ?? null;
  }
  return element;
}
