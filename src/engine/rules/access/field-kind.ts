import { fieldHint, fieldsetLegend, isHidden } from '../../dom/field';
import { fieldLabel } from '../../dom/field-labels';

/**
 * What a text field asks for, read from its type, its autocomplete token and its label, in
 * French and English. Checkboxes and radios are never "the e-mail field": "Recevoir les
 * notifications par e-mail" is a choice, not a demand.
 */
const TEXT_TYPES = new Set(['', 'text', 'email', 'tel', 'number', 'search']);

export function isVisibleTextField(field: Element): boolean {
  if (field.localName === 'input') {
    const type = (field.getAttribute('type') ?? '').toLowerCase();
    if (!TEXT_TYPES.has(type)) return false;
  } else if (field.getAttribute('role') !== 'textbox') {
    return false;
  }
  return !isHidden(field);
}

export function autocompleteTokens(field: Element): string[] {
  return (field.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

export function labelOf(field: Element): string {
  return fieldLabel(field) || fieldsetLegend(field);
}

const EMAIL_LABEL = /\b(?:e-?mail|courriel|adresse\s+(?:[ée]lectronique|mail|m[ée]l)|m[ée]l)\b/i;
const CONFIRMATION = /\b(?:confirm\w*|v[ée]rifi\w*|ressaisi\w*|r[ée]p[ée]t\w*|re-?enter|retype|again|[àa] nouveau|de nouveau)\b/i;

export function isEmailField(field: Element): boolean {
  const type = (field.getAttribute('type') ?? '').toLowerCase();
  return type === 'email' || autocompleteTokens(field).includes('email') || EMAIL_LABEL.test(labelOf(field));
}

export function isConfirmationField(field: Element): boolean {
  return CONFIRMATION.test(labelOf(field));
}

const PHONE_LABEL = /\b(?:t[ée]l[ée]phone|t[ée]l\.?|num[ée]ro\s+(?:de\s+)?(?:portable|mobile|gsm)|portable|mobile|gsm|phone|telephone)\b/i;
const MOBILE_LABEL = /\b(?:portable|mobile|gsm|cellulaire|cell(?:phone)?|sms|texto|text\s+messages?)\b/i;

export function isPhoneField(field: Element): boolean {
  const type = (field.getAttribute('type') ?? '').toLowerCase();
  const tokens = autocompleteTokens(field);
  return type === 'tel' || tokens.some((t) => t.startsWith('tel')) || PHONE_LABEL.test(labelOf(field));
}

/**
 * "Téléphone (fixe ou portable)", "Phone (mobile or landline)": naming a mobile next to a landline
 * says either will do. "De préférence un mobile", "mobile preferred": a mobile is asked for, but a
 * landline may be accepted, which only a person can find out.
 */
const MOBILE_WORD = String.raw`(?:portable|mobile|gsm|cellulaire|cell(?:\s*phone)?)`;
const LANDLINE_WORD = String.raw`(?:fixe|landline|home(?:\s+phone)?)`;
const LANDLINE_ACCEPTED = new RegExp(String.raw`\b(?:${LANDLINE_WORD}\s*(?:ou|or|/)\s*${MOBILE_WORD}|${MOBILE_WORD}\s*(?:ou|or|/)\s*${LANDLINE_WORD})\b`, 'i');
const MOBILE_PREFERRED = new RegExp(
  String.raw`\b(?:de\s+pr[ée]f[ée]rence|pr[ée]f[ée]rablement|si\s+possible|id[ée]alement|preferably|ideally|if\s+possible)\b.{0,30}\b${MOBILE_WORD}|\b${MOBILE_WORD}\b.{0,20}\b(?:de\s+pr[ée]f[ée]rence|pr[ée]f[ée]r[ée]e?|si\s+possible|preferred|preferably|if\s+possible)\b`,
  'i',
);
/** Either wording: a landline will (or may) do. The journey reads it on normalized labels too. */
export const LANDLINE_MAY_DO = new RegExp(`${LANDLINE_ACCEPTED.source}|${MOBILE_PREFERRED.source}`, 'i');

type PhoneKind = 'mobile' | 'mobile-preferred' | 'landline-accepted' | 'any';

/** What kind of phone the field asks for, from its label, its hint and its autocomplete token. */
export function phoneKind(field: Element): PhoneKind {
  const words = `${labelOf(field)} ${fieldHint(field)}`;
  if (LANDLINE_ACCEPTED.test(words)) return 'landline-accepted';
  if (MOBILE_PREFERRED.test(words)) return 'mobile-preferred';
  return MOBILE_LABEL.test(labelOf(field)) || autocompleteTokens(field).includes('mobile') ? 'mobile' : 'any';
}
