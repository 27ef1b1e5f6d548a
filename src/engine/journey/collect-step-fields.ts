import { FIELD_SELECTOR, isHidden, isRequired } from '../dom/field';
import { labelReader } from '../dom/field-labels';
import { readingPage } from '../dom/read-once';
import { readableText } from '../dom/page-text';
import { queryDeep } from '../dom/query-deep';
import { targetOf } from '../dom/selector';
import { maskPersonalData } from '../privacy/mask-personal-data';
import type { StepField } from './step-structure';
import {
  alreadyKnownOf,
  autocompleteToken,
  conceptOf,
  isConfirmationLabel,
  isLookUp,
  normalizeLabel,
  subjectOf,
} from './field-meaning';

const DATE_PART = /(^|[-_.[])(day|month|year|jour|mois|annee|an)\]?$/i;
const GROUPED_TYPES = new Set(['radio', 'checkbox']);

/**
 * The questions a screen asks, one entry per question: a radio or checkbox group is one
 * question (named by its legend), and so are the day/month/year parts of a date. Fields the page
 * hides, disables or makes read-only ask nothing and are left out. Never reads a value.
 */
export function collectStepFields(doc: Document): StepField[] {
  // Ancestors' visibility and label texts are shared by many fields: read once (read-once.ts).
  return readingPage(() => stepFieldsOf(doc));
}

function stepFieldsOf(doc: Document): StepField[] {
  const labelOf = labelReader();
  const fields: StepField[] = [];
  const seenGroups = new Set<string>();
  const fieldsets = new Map<Element, number>();
  const fieldsetId = (fieldset: Element): number => {
    if (!fieldsets.has(fieldset)) fieldsets.set(fieldset, fieldsets.size);
    return fieldsets.get(fieldset) ?? 0;
  };
  // One pass in document order: each field takes the last heading met in its own root.
  const headingOf = new Map<Node, string>();
  for (const element of queryDeep(doc, `${HEADINGS}, ${FIELD_SELECTOR}`)) {
    const root = element.getRootNode();
    if (element.matches(HEADINGS)) {
      headingOf.set(root, readableText(element));
      continue;
    }
    if (isHidden(element) || element.hasAttribute('disabled') || element.hasAttribute('readonly')) continue;
    const type = typeOf(element);
    const group = groupKey(element, type, fieldsetId);
    if (group) {
      if (seenGroups.has(group)) continue;
      seenGroups.add(group);
    }
    fields.push(describe(element, type, group !== null, headingOf.get(root) ?? '', labelOf));
  }
  markConfirmations(fields);
  return fields;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

function typeOf(element: Element): string {
  if (element.localName === 'input') return (element.getAttribute('type') ?? 'text').toLowerCase();
  return element.getAttribute('role') ?? element.localName;
}

/** Radios and checkboxes sharing a name, or date parts sharing a fieldset, form one question. */
function groupKey(element: Element, type: string, fieldsetId: (fieldset: Element) => number): string | null {
  const fieldset = element.closest('fieldset');
  const name = element.getAttribute('name');
  if (GROUPED_TYPES.has(type) && name) return `${type}:${name}:${fieldset ? fieldsetId(fieldset) : ''}`;
  if (fieldset && DATE_PART.test(name ?? element.id)) return `date:${fieldsetId(fieldset)}`;
  return null;
}

function describe(element: Element, type: string, grouped: boolean, heading: string, labelOf: (field: Element) => string): StepField {
  const legends = legendsOf(element);
  // A group's question is its legend; a single field's is its label.
  // Masked here, where the page is read: labels and headings are stored with the step and quoted in
  // journey messages, and a recap's heading can greet the person by name or quote their file number.
  const label = maskPersonalData((grouped && legends[0]) || labelOf(element) || legends[0] || '');
  const normalizedLabel = normalizeLabel(label);
  const autocomplete = element.getAttribute('autocomplete');
  const token = autocompleteToken(autocomplete);
  const upload = type === 'file';
  const concept = upload ? null : conceptOf(token, normalizedLabel, type);
  const section = maskPersonalData(legends.find((legend) => legend !== label) ?? heading);
  const alreadyKnown = alreadyKnownOf(concept, normalizedLabel);
  return {
    label,
    normalizedLabel,
    concept,
    subject: subjectOf([label, ...legends, heading]),
    section,
    autocomplete: token,
    type,
    tag: element.localName,
    required: isRequired(element) || (grouped && groupRequired(element)),
    name: element.getAttribute('name'),
    lookUp: !upload && isLookUp(concept, normalizedLabel),
    upload,
    confirmation: false,
    ...(alreadyKnown ? { alreadyKnown } : {}),
    target: targetOf(element),
  };
}

function groupRequired(element: Element): boolean {
  const fieldset = element.closest('fieldset');
  const name = element.getAttribute('name');
  if (!fieldset) return false;
  return [...fieldset.querySelectorAll('input')].some((input) => (!name || input.getAttribute('name') === name) && isRequired(input));
}

/** Legends of the fieldsets around a field, innermost first. */
function legendsOf(element: Element): string[] {
  const legends: string[] = [];
  for (let fieldset = element.closest('fieldset'); fieldset; fieldset = fieldset.parentElement?.closest('fieldset') ?? null) {
    const legend = [...fieldset.children].find((child) => child.localName === 'legend');
    const text = legend ? readableText(legend) : '';
    if (text) legends.push(text);
  }
  return legends;
}

/** "Confirmez votre e-mail" right after "E-mail": the second asks the same thing again. */
function markConfirmations(fields: StepField[]): void {
  fields.forEach((field, index) => {
    if (!field.concept || !isConfirmationLabel(field.normalizedLabel)) return;
    const original = fields.slice(0, index).some((other) => other.concept === field.concept && other.subject === field.subject && !other.confirmation);
    if (original) field.confirmation = true;
  });
}
