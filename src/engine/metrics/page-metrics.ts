import type { Metrics } from '../model/result';
import { FIELD_SELECTOR, isRequired, queryDeep } from '../dom';
import { fieldQuestion, textBeside } from '../dom/field-text';
import { labelReader } from '../dom/field-labels';
import { hiddenChecker } from '../dom/hidden-cache';
import { matchKnownItem } from '../dom/already-known';
import { findStepIndicators } from '../dom/step-indicator';
import { wordingReadable } from '../dom/page-language';
import { authOptions } from './auth-options';
import { contactChannels } from './contact-channels';

/**
 * Counts a person meets on the page. Structure only: types, labels and required-ness, never
 * values. One pass over the fields; labels are read once per document (long forms stay linear).
 *
 * A radio group is one question, so it counts once; every other control counts on its own.
 * `required`/`optional` count visible questions only: hidden ones ask nothing of a person.
 */
export function pageMetrics(doc: Document): Metrics {
  const hidden = hiddenChecker();
  const labelOf = labelReader();
  const readable = wordingReadable(doc);
  const seenGroups = new Set<string>();
  const groupKey = radioGrouper();
  let total = 0;
  let visible = 0;
  let required = 0;
  let uploads = 0;
  let hiddenUploads = 0;
  const known = new Set<string>();

  const fields = queryDeep(doc, FIELD_SELECTOR);
  // A radio group is required when any of its radios (or its group container) says so: one pass first.
  const requiredGroups = new Set<string>();
  for (const field of fields) {
    if (field.getAttribute('type') !== 'radio') continue;
    if (isRequired(field) || field.closest('fieldset, [role=radiogroup]')?.getAttribute('aria-required') === 'true') requiredGroups.add(groupKey(field));
  }
  for (const field of fields) {
    const type = field.getAttribute('type') ?? '';
    if (type === 'radio') {
      const key = groupKey(field);
      if (seenGroups.has(key)) continue;
      seenGroups.add(key);
    }
    total++;
    const isHidden = hidden(field);
    if (type === 'file') isHidden ? hiddenUploads++ : uploads++;
    if (isHidden) continue;
    visible++;
    if (type === 'radio' ? requiredGroups.has(groupKey(field)) : isRequired(field)) required++;
    if (readable && type !== 'radio' && type !== 'checkbox' && field.localName !== 'textarea') {
      const item = matchKnownItem(fieldQuestion(field, labelOf(field) || textBeside(field)), type === 'file');
      if (item) known.add(item.id);
    }
  }

  const indicator = findStepIndicators(doc).find((s) => s.current >= 1 && s.current <= s.total);
  return {
    fields: { total, visible, required, optional: visible - required },
    uploads,
    hiddenUploads,
    alreadyKnown: { count: known.size, items: [...known] },
    contactChannels: contactChannels(doc),
    authOptions: authOptions(doc),
    stepIndicator: indicator ? { current: indicator.current, total: indicator.total } : null,
    frames: doc.querySelectorAll('iframe, frame').length,
  };
}

/** Radios group by name within their form (or document); a radio without a name is a group of its own. */
function radioGrouper(): (radio: Element) => string {
  const owners = new Map<Node, number>();
  const unnamed = new Map<Element, number>();
  return (radio) => {
    const owner: Node = radio.closest('form') ?? radio.getRootNode();
    if (!owners.has(owner)) owners.set(owner, owners.size);
    const name = radio.getAttribute('name');
    if (name) return `${owners.get(owner)}:${name}`;
    if (!unnamed.has(radio)) unnamed.set(radio, unnamed.size);
    return `${owners.get(owner)}#${unnamed.get(radio)}`;
  };
}
