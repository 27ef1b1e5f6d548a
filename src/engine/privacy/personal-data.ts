/**
 * Free-text notes are written while the person being helped sits beside the worker: they must
 * not carry that person's identifiers. We look for the shapes that identify someone and warn
 * before saving; the worker decides. Patterns favour recall: a false warning costs one click.
 */
export type PersonalDataKind = 'email' | 'phone' | 'nir' | 'iban' | 'belgian-national-number';

const PATTERNS: ReadonlyArray<{ kind: PersonalDataKind; pattern: RegExp; valid?: (match: string) => boolean }> = [
  { kind: 'email', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu },
  { kind: 'iban', pattern: /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/g, valid: isValidIban },
  // French social-security number (NIR): sex, year, month, department, commune, order, key.
  { kind: 'nir', pattern: /\b[12][ .]?\d{2}[ .]?(?:0[1-9]|1[0-2]|[2-9]\d)[ .]?(?:\d{2}|2[AB])[ .]?\d{3}[ .]?\d{3}(?:[ .]?\d{2})?\b/g },
  // Belgian national register number: YY.MM.DD-XXX.CC
  { kind: 'belgian-national-number', pattern: /\b\d{2}[.]?\d{2}[.]?\d{2}[-. ]?\d{3}[.]?\d{2}\b/g },
  // French and Belgian phone numbers, national or international form.
  { kind: 'phone', pattern: /(?:\+|00)(?:33|32)[ .-]?\(?0?\)?[1-9](?:[ .-]?\d{2}){3,4}|\b0[1-9](?:[ .-]?\d{2}){4}\b|\b04\d{2}(?:[ .\/-]?\d{2}){3}\b/g },
];

export interface PersonalDataHit {
  kind: PersonalDataKind;
  /** Where it is in the note, so the UI can point at it without copying it anywhere. */
  start: number;
  end: number;
}

export function findPersonalData(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  for (const { kind, pattern, valid } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (valid && !valid(match[0])) continue;
      if (hits.some((hit) => start < hit.end && end > hit.start)) continue;
      hits.push({ kind, start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** ISO 13616 mod-97 check, so that an ordinary reference number is not taken for an IBAN. */
function isValidIban(raw: string): boolean {
  const iban = raw.replace(/ /g, '');
  if (iban.length < 15 || iban.length > 34) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const digits = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder === 1;
}
