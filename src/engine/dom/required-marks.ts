import { FIELD_SELECTOR, fieldsetLegend, isRequired } from './field';
import { fieldLabel } from './field-labels';
import { readableText } from './page-text';

/**
 * How certain it is that a field must be answered. The attribute (`required`, `aria-required`)
 * and the word "obligatoire" in the label are the page saying so; an asterisk is a convention
 * that only the page's own legend turns into a statement; an unmarked field in a form that marks
 * its optional fields ("(facultatif)", GOV.UK style), or on a page saying "tous les champs sont
 * obligatoires", is probably required, not certainly: the statement may not cover every field.
 */
export type Requiredness = 'required' | 'required-word' | 'asterisk-explained' | 'asterisk' | 'probably-required' | 'optional' | 'unmarked';

const REQUIRED_WORD = /\((?:obligatoire|requis|required|mandatory)\)|\b(?:obligatoire|required|mandatory)\s*$/i;
const OPTIONAL_WORD = /\b(?:facultati(?:f|ve)|optionnel(?:le)?|optional|si vous (?:en )?avez une?|if you have one)\b/i;
const ASTERISK = /\*\s*$|^\s*\*|\s\*\s/;
const ALL_REQUIRED = /\b(?:sauf\s+mention\s+contraire,?\s+tous\s+les\s+champs\s+sont\s+obligatoires|tous\s+les\s+champs\s+sont\s+obligatoires|all\s+fields\s+are\s+(?:required|mandatory))\b/i;
const ASTERISK_LEGEND = /(?:\*|ast[ée]risque|asterisk)[^.]{0,60}(?:obligatoire|requis|required|mandatory)|(?:obligatoire|required|mandatory)[^.]{0,30}(?:\*|ast[ée]risque|asterisk)/i;

export function requiredness(field: Element): Requiredness {
  const label = fieldLabel(field) || fieldsetLegend(field);
  if (OPTIONAL_WORD.test(label)) return 'optional';
  if (isRequired(field)) return 'required';
  if (REQUIRED_WORD.test(label)) return 'required-word';
  if (ASTERISK.test(label)) return explainsAsterisk(field.ownerDocument) ? 'asterisk-explained' : 'asterisk';
  const form = field.closest('form');
  if ((form && marksOptionalFields(form)) || ALL_REQUIRED.test(readableText(field.ownerDocument.body))) return 'probably-required';
  return 'unmarked';
}

function explainsAsterisk(doc: Document): boolean {
  return ASTERISK_LEGEND.test(readableText(doc.body));
}

function marksOptionalFields(form: Element): boolean {
  return [...form.querySelectorAll(FIELD_SELECTOR)].some((f) => OPTIONAL_WORD.test(fieldLabel(f) || fieldsetLegend(f)));
}
