import { readableText } from './page-text';
import { queryDeep } from './query-deep';
import { once } from './read-once';

/**
 * Where a person is in a procedure, as the page itself says it: the DSFR stepper
 * (`data-fr-current-step` / `data-fr-steps`, "Étape 2 sur 4"), a list with aria-current="step",
 * or wording such as "Step 2 of 4" / "Question 3 sur 10". "Page X sur N" is left out: it is
 * how search results are paginated.
 */
export interface StepIndicator {
  element: Element;
  current: number;
  total: number;
  source: 'dsfr' | 'aria-current' | 'text';
  /** The indicator's data attributes and its visible text disagree (DSFR stepper only). */
  mismatch?: { text: string };
}

export const STEP_WORDING = /(?<![\p{L}\p{N}])(?:[ée]tape|step|question)\s+(\d{1,3})\s*(?:sur|of|\/)\s*(\d{1,3})(?!\p{N})/iu;
const TEXT_HOLDERS = 'h1, h2, h3, h4, p, span, li, legend, caption, div, strong';

export function findStepIndicators(doc: Document): readonly StepIndicator[] {
  // Several rules and metrics ask: read once per page read (read-once.ts).
  return once('step-indicators', doc, stepIndicatorsOf);
}

function stepIndicatorsOf(doc: Document): StepIndicator[] {
  const found: StepIndicator[] = [];
  const claimed = new Set<Element>();

  for (const stepper of queryDeep(doc, '.fr-stepper')) {
    claimed.add(stepper);
    const steps = stepper.querySelector('[data-fr-steps]');
    const textMatch = STEP_WORDING.exec(readableText(stepper));
    const dataCurrent = toInt(steps?.getAttribute('data-fr-current-step'));
    const dataTotal = toInt(steps?.getAttribute('data-fr-steps'));
    const textCurrent = toInt(textMatch?.[1]);
    const textTotal = toInt(textMatch?.[2]);
    const current = dataCurrent ?? textCurrent;
    const total = dataTotal ?? textTotal;
    if (current === null || total === null) continue;
    const indicator: StepIndicator = { element: stepper, current, total, source: 'dsfr' };
    if (textMatch && (textCurrent !== current || textTotal !== total)) indicator.mismatch = { text: textMatch[0] };
    found.push(indicator);
  }

  for (const marked of queryDeep(doc, '[aria-current="step"]')) {
    const list = marked.closest('ol, ul');
    if (!list || insideClaimed(list, claimed)) continue;
    const items = [...list.children].filter((child) => child.localName === 'li');
    const index = items.findIndex((item) => item === marked || item.contains(marked));
    if (index < 0) continue;
    claimed.add(list);
    found.push({ element: list, current: index + 1, total: items.length, source: 'aria-current' });
  }

  // Innermost elements only: a heading "Étape 2 sur 4" rather than the <main> around it.
  for (const holder of queryDeep(doc, TEXT_HOLDERS)) {
    // The wording first: most holders have none, and it is cheaper to read than their ancestors.
    const match = STEP_WORDING.exec(ownText(holder));
    if (!match || insideClaimed(holder, claimed) || holder.closest('pre, code, [hidden], [aria-hidden="true"]')) continue;
    const current = toInt(match[1]);
    const total = toInt(match[2]);
    if (current === null || total === null) continue;
    claimed.add(holder);
    found.push({ element: holder, current, total, source: 'text' });
  }
  return found;
}

/**
 * Text of the element's own text nodes and inline children, not of nested blocks. Whitespace is
 * left as it is: STEP_WORDING reads runs of it as one.
 */
function ownText(element: Element): string {
  let text = '';
  for (const node of element.childNodes) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 && /^(span|strong|b|em|abbr)$/.test((node as Element).localName)) text += ' ' + ((node as Element).textContent ?? '');
  }
  return text;
}

function insideClaimed(element: Element, claimed: Set<Element>): boolean {
  for (const owner of claimed) if (owner === element || owner.contains(element)) return true;
  return false;
}

function toInt(value: string | null | undefined): number | null {
  if (value === null || value === undefined || !/^\s*\d+\s*$/.test(value)) return null;
  return Number.parseInt(value, 10);
}
