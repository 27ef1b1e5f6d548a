import { linkText, queryDeep } from '../dom';
import { hiddenChecker } from '../dom/hidden-cache';

/**
 * The ways in a page offers: a password, FranceConnect, France Identité, itsme, an eID card
 * reader, CSAM, GOV.UK One Login. Read from links, buttons and image alternatives only, so a
 * paragraph that merely mentions FranceConnect does not count as a way in.
 */
export type AuthOption = 'password' | 'franceconnect' | 'france-identite' | 'itsme' | 'eid' | 'csam' | 'govuk-one-login';

const BY_NAME: ReadonlyArray<[AuthOption, RegExp]> = [
  ['franceconnect', /france\s*connect/i],
  ['france-identite', /france\s+identit[ée]/i],
  ['itsme', /\bitsme\b/i],
  ['eid', /\be-?id\b|carte\s+d['’]identit[ée]\s+[ée]lectronique|lecteur\s+de\s+carte|card\s+reader|elektronische\s+identiteitskaart/i],
  ['csam', /\bcsam\b/i],
  ['govuk-one-login', /gov\.uk\s+one\s+login/i],
];

export function authOptions(doc: Document): AuthOption[] {
  const found = new Set<AuthOption>();
  const hidden = hiddenChecker();
  if (queryDeep(doc, 'input[type=password]').some((field) => !hidden(field))) found.add('password');
  if (queryDeep(doc, '.fr-connect, .franceconnect-button, [class*="franceconnect"]').length) found.add('franceconnect');
  for (const control of queryDeep(doc, 'a[href], button, [role=button], input[type=submit], img[alt]')) {
    const name = control.localName === 'img' ? (control.getAttribute('alt') ?? '') : control.localName === 'input' ? (control.getAttribute('value') ?? '') : linkText(control);
    if (!name) continue;
    for (const [option, pattern] of BY_NAME) if (pattern.test(name)) found.add(option);
  }
  return [...found];
}
