import { fieldHint, fieldsetLegend } from './field';

/** Everything the page says about one field (label, hint, legend): what wording rules read. */
export function fieldText(field: Element, label: string): string {
  return `${label} ${fieldHint(field)} ${fieldsetLegend(field)}`.replace(/\s+/g, ' ').trim();
}

/** What a field asks, without its hint: the label and the legend of its group. */
export function fieldQuestion(field: Element, label: string): string {
  return `${label} ${fieldsetLegend(field)}`.replace(/\s+/g, ' ').trim();
}
