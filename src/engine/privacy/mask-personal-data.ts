import { findPersonalDataInIdentifier, findPersonalDataInPage } from './personal-data';

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

/**
 * An id, a class, a field name (or a text quoting them) with its e-mail addresses, phone,
 * identity and file numbers and its documents' names masked (findPersonalDataInIdentifier).
 * `keep` spares hits the caller knows to be harmless.
 */
export function maskInIdentifiers(text: string, keep: (hit: { start: number; end: number }) => boolean = () => false): string {
  let out = '';
  let at = 0;
  for (const hit of findPersonalDataInIdentifier(text)) {
    if (keep(hit)) continue;
    // Within or across a hit already masked (a file number in a document's name): the mask reaches on.
    if (hit.start < at) at = Math.max(at, hit.end);
    else {
      out += text.slice(at, hit.start) + MASK;
      at = hit.end;
    }
  }
  return out + text.slice(at);
}

/*
 * How far the shape of personal data reaches: whether a match starts at a place, and whether it
 * is kept beside the others, is settled by the text within this many characters after it (the
 * longest: a name of up to six words of 80 characters after a greeting; the numbers read at most
 * 46 characters; an e-mail or a reference never crosses a space; a file name reaches 80
 * characters back from its extension, or one word of any length).
 */
const SETTLED_WITHIN = 1000;

/**
 * The first `length` characters of maskPersonalData(text) or more (all of it when it is that
 * short), masking only the beginning of a long text: a window that ends at a space, widened
 * until what it settles is long enough. Every hit starting more than SETTLED_WITHIN before the
 * window's end is that of the whole text, and what is returned stops after the last of them, so
 * no part of a personal-data token can come through uncut.
 */
export function maskPersonalDataStart(text: string, length: number): string {
  for (let reach = length + 2 * SETTLED_WITHIN; reach < text.length; reach *= 2) {
    const end = text.indexOf(' ', reach);
    if (end < 0) break;
    const settled = end - SETTLED_WITHIN;
    let out = '';
    let at = 0;
    for (const hit of findPersonalDataInPage(text.slice(0, end))) {
      if (hit.start >= settled) break;
      out += text.slice(at, hit.start) + MASK;
      at = hit.end;
    }
    if (at < settled) out += text.slice(at, settled);
    if (out.length > length) return out;
  }
  return maskPersonalData(text);
}
