import { FIELD_SELECTOR, fieldHint, fieldsetLegend } from './field';
import { readableText } from './page-text';

/** Everything the page says about one field (label, hint, legend): what wording rules read. */
export function fieldText(field: Element, label: string): string {
  return `${label} ${fieldHint(field)} ${fieldsetLegend(field)}`.replace(/\s+/g, ' ').trim();
}

/** What a field asks, without its hint: the label and the legend of its group. */
export function fieldQuestion(field: Element, label: string): string {
  return `${label} ${fieldsetLegend(field)}`.replace(/\s+/g, ' ').trim();
}

// Longer text beside a field is a paragraph or a group of fields, not one field's name.
const MAX_BESIDE = 100;

/**
 * The text standing beside a field that has no programmatic label ("Numéro d'allocataire <input>"):
 * what a person reads as its name. Only when the field's parent holds no other field and little
 * text, so that a paragraph or a whole form is never taken for one label. Typed text is never
 * read (readableText skips textarea, select and editable content). For rules about what a person
 * is asked; evidence still records that the field has no label.
 */
export function textBeside(field: Element): string {
  const parent = field.parentElement;
  if (!parent || parent.querySelectorAll(FIELD_SELECTOR).length !== 1) return '';
  const text = readableText(parent).replace(/\s+/g, ' ').trim();
  return text.length <= MAX_BESIDE ? text : '';
}
