import { findPersonalDataInPage } from './personal-data';

/**
 * What stands in a quoted text for what was masked. Neutral in both languages, and free of
 * letters and digits so that masking twice changes nothing.
 */
export const MASK = '[…]';

/**
 * Page text quoted in a finding, a metric or a recorded heading goes through here: every e-mail,
 * phone, social-security, bank, national-register or file number and every name after a
 * greeting is replaced by MASK. Mask before cutting a text short: a cut reference no longer
 * looks like one.
 */
export function maskPersonalData(text: string): string {
  const hits = findPersonalDataInPage(text);
  if (hits.length === 0) return text;
  let out = '';
  let at = 0;
  for (const hit of hits) {
    out += text.slice(at, hit.start) + MASK;
    at = hit.end;
  }
  return out + text.slice(at);
}
