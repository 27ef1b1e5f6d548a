import { fieldHint, fieldsetLegend } from './field';

/** Everything the page says about one field (label, hint, legend): what wording rules read. */
export function fieldText(field: Element, label: string): string {
  return `${label} ${fieldHint(field)} ${fieldsetLegend(field)}`.replace(/\s+/g, ' ').trim();
}
