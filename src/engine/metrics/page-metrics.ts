import type { Metrics } from '../model/result';
import { queryDeep } from '../dom/query-deep';

const FIELDS = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea';

/**
 * Counts a person meets on the page. Structure only: types and required-ness, never values.
 * The barrier issue extends this with uploads, contact channels and step indicators.
 */
export function pageMetrics(doc: Document): Metrics {
  const fields = queryDeep(doc, FIELDS);
  const required = fields.filter((field) => field.hasAttribute('required') || field.getAttribute('aria-required') === 'true');
  return {
    fields: { total: fields.length, required: required.length, optional: fields.length - required.length },
    uploads: fields.filter((field) => field.getAttribute('type') === 'file').length,
    frames: doc.querySelectorAll('iframe, frame').length,
  };
}
