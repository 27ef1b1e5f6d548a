import { fieldLabel } from './field-labels';
import { readableText } from './page-text';
import { recall, remember } from './read-once';

/**
 * Structure of a form field: what it asks and whether it must be answered. Never its value.
 */
export const FIELD_SELECTOR =
  'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea, [role=textbox], [role=combobox]';

export function isRequired(field: Element): boolean {
  return field.hasAttribute('required') || field.getAttribute('aria-required') === 'true';
}

/** Hidden by the page: such a field asks nothing of a person. Layout-free, so it runs in happy-dom too. */
export function isHidden(element: Element): boolean {
  // While a page is read (read-once.ts), each ancestor's answer is kept for the fields below it.
  const walked: Element[] = [];
  let hidden = false;
  for (let el: Element | null = element; el; el = el.parentElement ?? hostOf(el)) {
    const known = recall<boolean>('hidden', el);
    if (known !== undefined) {
      hidden = known;
      break;
    }
    walked.push(el);
    if (hiddenItself(el)) {
      hidden = true;
      break;
    }
  }
  for (const el of walked) remember('hidden', el, hidden);
  return hidden;
}

function hiddenItself(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

function hostOf(element: Element): Element | null {
  const root = element.getRootNode() as ShadowRoot;
  return root.host ?? null;
}

/** Hint text tied to the field (aria-describedby), e.g. "Format : JJ/MM/AAAA". */
export function fieldHint(field: Element): string {
  const ids = field.getAttribute('aria-describedby');
  if (!ids) return '';
  const doc = field.ownerDocument;
  return ids
    .split(/\s+/)
    .map((id) => doc.getElementById(id))
    .map((el) => (el ? readableText(el) : ''))
    .join(' ')
    .trim();
}

/** The legend of the fieldset a field sits in: radio groups and date parts are named there. */
export function fieldsetLegend(field: Element): string {
  const legend = field.closest('fieldset')?.querySelector('legend');
  return legend ? readableText(legend) : '';
}

/**
 * Evidence about a field that can go into a report: its label and the attributes that shape
 * what a person must give. `value`, and anything derived from it, is never included.
 */
export function fieldEvidence(field: Element): Record<string, string | boolean | null> {
  const attr = (name: string) => field.getAttribute(name);
  return {
    label: fieldLabel(field) || null,
    tag: field.localName,
    type: attr('type'),
    required: isRequired(field),
    autocomplete: attr('autocomplete'),
    accept: attr('accept'),
    pattern: attr('pattern'),
    inputmode: attr('inputmode'),
    name: attr('name'),
  };
}

