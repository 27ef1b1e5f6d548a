import { matchesInWords } from './matches-in-words';
import { findCapitalisedNames } from './capitalised-names';

/**
 * The shapes of text that identify a person. Two uses:
 * - free-text notes, written while the person being helped sits beside the worker: we warn before
 *   saving and the worker decides (findPersonalData). A note describes the service's barrier, so a
 *   name, a date of birth or a file number in it is the person's: a false warning costs one click;
 * - text quoted from an audited page in a finding or a heading (findPersonalDataInPage): a recap or
 *   confirmation page shows the person's name, answers and file number, which must never reach a
 *   report. There we also take reference-like codes and names after a greeting or a title.
 * Patterns favour recall: masking a harmless word costs little, quoting a file number does not.
 */
export type PersonalDataKind = 'email' | 'phone' | 'nir' | 'iban' | 'belgian-national-number';
/**
 * What page text can carry on top of contact details and national numbers: a file or confirmation
 * number, a name, the name of a document the person uploaded or was sent.
 */
export type PageTextPersonalKind = PersonalDataKind | 'reference' | 'name' | 'file-name';
/** What a note is checked for: the page kinds but file names, and a date of birth (a note is written about one person). */
export type NotePersonalKind = Exclude<PageTextPersonalKind, 'file-name'> | 'birth-date';

interface Pattern<K extends string> {
  kind: K;
  pattern: RegExp;
  valid?: (match: string) => boolean;
  /**
   * A character every match contains: a text without it is not scanned at all. Page text is
   * masked block by block on every audit, and most of it is prose with no "@" and few digits.
   */
  needs?: RegExp;
  /**
   * Matches never hold a space or a line break, and look no further than the character on either
   * side, which is not a letter or a digit: only the words holding `needs` are scanned, which
   * finds the same matches as scanning the whole text (see matchesInWords).
   */
  withinWords?: true;
}

const DIGIT = /\p{N}/u;
// The same characters as DIGIT, found faster in long text: the only ASCII ones are 0-9.
export const NUMBER_CHAR = /[0-9]|(?=[^\0-\x7f])\p{N}/u;
// Each of the numbers below has two ASCII digits in a row somewhere.
const TWO_DIGITS = /\d\d/;

const PATTERNS: ReadonlyArray<Pattern<PersonalDataKind>> = [
  { kind: 'email', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, needs: /@/u },
  { kind: 'iban', pattern: /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/g, valid: isValidIban, needs: TWO_DIGITS },
  // French social-security number (NIR): sex, year, month, department, commune, order, key.
  { kind: 'nir', pattern: /\b[12][ .]?\d{2}[ .]?(?:0[1-9]|1[0-2]|[2-9]\d)[ .]?(?:\d{2}|2[AB])[ .]?\d{3}[ .]?\d{3}(?:[ .]?\d{2})?\b/g, needs: TWO_DIGITS },
  // Belgian national register number: YY.MM.DD-XXX.CC
  { kind: 'belgian-national-number', pattern: /\b\d{2}[.]?\d{2}[.]?\d{2}[-. ]?\d{3}[.]?\d{2}\b/g, needs: TWO_DIGITS },
  // French and Belgian phone numbers, national or international form.
  { kind: 'phone', pattern: /(?:\+|00)(?:33|32)[ .-]?\(?0?\)?[1-9](?:[ .-]?\d{2}){3,4}|\b0[1-9](?:[ .-]?\d{2}){4}\b|\b04\d{2}(?:[ .\/-]?\d{2}){3}\b/g, needs: TWO_DIGITS },
];

/*
 * A file, request or confirmation number: one token of letters and digits, possibly cut by - / .
 * ("HDJ2123F", "2024-ABC-123", "DOS/2024/004512"), with at least two digits and six characters,
 * or a run of seven digits or more. Dates ("12/03/2024") and amounts ("1 500") are not tokens of
 * this shape; product names like "COVID-19" are, and get masked too: a cost we accept.
 */
export const REFERENCE_TOKEN = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:[-/._][\p{L}\p{N}]+)*(?![\p{L}\p{N}])/gu;
const DATE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/u;

// A count and its unit, not a file number: "180-day", "24-hour", "10-digit", "10240Ko", "1216px", "2500€".
const COUNT_OF_WORD = /^\p{N}{1,6}-\p{Ll}{2,}$/u;
const MEASURE = /^\p{N}{1,6}(?:[.,]\p{N}+)?(?:px|pt|em|rem|cm|mm|km|kg|ko|mo|go|kb|mb|gb|kib|mib|eur|€)$/iu;

function isReference(token: string): boolean {
  // Both shapes below have six characters or more (most numbers in prose, like years, have fewer),
  // and digits (most words have none).
  if (token.length < 6 || !DIGIT.test(token) || DATE.test(token) || COUNT_OF_WORD.test(token) || MEASURE.test(token)) return false;
  const digits = (token.match(/\p{N}/gu) ?? []).length;
  const letters = (token.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return /\p{N}{7,}/u.test(token.replace(/[-/._]/gu, '')) && digits >= 7;
  return digits >= 2 && digits + letters >= 6;
}

/*
 * A name after a greeting, a civil title or a signed-in notice: "Bonjour Marie Dupont", "Madame
 * DUPONT", "M. Martin", "Dear Mr Smith", "Connecté en tant que Marie Dupont", "Signed in as Jane
 * Smith". Only capitalised words are taken, up to four; titles in between are skipped. Then
 * names printed without a greeting, their surname in capitals (capitalised-names.ts).
 */
// Not after a letter (checked by hand: a lookbehind here made every position of the text costly).
const GREETING = /(?:connect[ée](?:e|\(e\)|·e)? en tant que|signed in as|logged in as|bonjour|bonsoir|bienvenue|salut|cher|chère|madame|monsieur|mademoiselle|mme|mlle|m\.|dear|hello|hi|welcome(?: back)?|mr\.?|mrs\.?|ms\.?|miss|mx\.?)(?=[\s,:])/giu;
const LETTER_BEFORE = /(?<=\p{L})/uy;
// The first word may follow a comma, a colon, an opening quote or a line break ("Bonjour, Marie",
// "Signed in as: Jane", "en tant que « Marie »"); the next ones only a space on the same line.
const FIRST_NAME_WORD = /^[ \u00a0]*[,:]?[\s\u00a0]*[«"“]?[ \u00a0]*(\p{Lu}[\p{L}'’-]*\.?)/u;
const NEXT_NAME_WORD = /^[ \t\u00a0]+(\p{Lu}[\p{L}'’-]*\.?)/u;
const TITLES = new Set(['madame', 'monsieur', 'mademoiselle', 'mme', 'mlle', 'm.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'mx.', 'sir', 'madam']);

function findNames(text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  GREETING.lastIndex = 0;
  for (let m = GREETING.exec(text); m; m = GREETING.exec(text)) {
    LETTER_BEFORE.lastIndex = m.index;
    if (LETTER_BEFORE.test(text)) {
      // What a lookbehind would have done: try again from the next character.
      GREETING.lastIndex = m.index + 1;
      continue;
    }
    let pos = m.index + m[0].length;
    let start = -1;
    let end = -1;
    for (let words = 0; words < 6; words++) {
      const w = (words === 0 ? FIRST_NAME_WORD : NEXT_NAME_WORD).exec(text.slice(pos, pos + 80));
      if (!w) break;
      const wordStart = pos + w[0].length - w[1]!.length;
      pos += w[0].length;
      if (TITLES.has(w[1]!.toLowerCase())) {
        if (start >= 0) break;
        continue;
      }
      if (start < 0) start = wordStart;
      end = pos;
    }
    if (start >= 0) found.push({ start, end });
  }
  // And names with no greeting, known by their surname in capitals ("Jean DUPONT").
  for (const name of findCapitalisedNames(text)) if (!found.some((f) => name.start < f.end && f.start < name.end)) found.push(name);
  return found.sort((a, b) => a.start - b.start);
}

/*
 * A file, request or confirmation number inside an id, a class or a field name
 * ("dossier-HDJ2123F", "piece-2024-QZX-7731-rib"). These values are made of short words and
 * counters ("field-12", "step-2-of-5", "field_2024") that the page-text pattern would take whole
 * for a file number, and an expert reads the element by them. So an identifier is read word by
 * word (cut at - / . _): a word that is a reference on its own is masked ("HDJ2123F", and also
 * generated ones: "ember1234", hashed classes "css-1x2y3z"), and so is a number cut into words,
 * from its first word with a digit to its last, once they hold seven digits ("2024-QZX-7731").
 */
function findReferencesInIdentifier(text: string): Array<{ start: number; end: number }> {
  if (!NUMBER_CHAR.test(text)) return [];
  const hits: Array<{ start: number; end: number }> = [];
  for (const token of matchesInWords(text, REFERENCE_TOKEN, NUMBER_CHAR)) {
    const words = [...token[0].matchAll(/[\p{L}\p{N}]+/gu)].map((w) => ({ text: w[0], start: token.index! + w.index!, end: token.index! + w.index! + w[0].length }));
    const numbered = words.filter((w) => DIGIT.test(w.text));
    const digits = numbered.reduce((n, w) => n + (w.text.match(/\p{N}/gu) ?? []).length, 0);
    if (digits >= 7) hits.push({ start: numbered[0]!.start, end: numbered[numbered.length - 1]!.end });
    else for (const w of numbered) if (isReference(w.text)) hits.push({ start: w.start, end: w.end });
  }
  return hits;
}

/*
 * The formats people upload to a public service: documents, and photos or scans of papers.
 * Not svg, gif, ico, css...: a site's own icons and pictures, never a person's papers.
 */
const DOCUMENT_EXTENSIONS = new Set(['pdf', 'jpg', 'jpeg', 'jfif', 'png', 'heic', 'heif', 'webp', 'tif', 'tiff', 'bmp', 'doc', 'docx', 'odt', 'ods', 'rtf', 'xls', 'xlsx']);
// Every extension above is a dot and three or four letters: the one shape read in text, names and addresses.
const EXTENSION_SHAPE = /\.([A-Za-z]{3,4})/.source;
const EXTENSION = new RegExp(EXTENSION_SHAPE + '(?![\\p{L}\\p{N}])', 'gu');
const FINAL_EXTENSION = new RegExp(EXTENSION_SHAPE + '$');

/** The extension of a file name ("rib.PDF" -> "PDF") when it is a format people upload, else null. */
export function documentExtension(name: string): string | null {
  const m = FINAL_EXTENSION.exec(name);
  return m && m[1] && DOCUMENT_EXTENSIONS.has(m[1].toLowerCase()) ? m[1] : null;
}

// Where a file name cannot run on: line breaks, quotes, brackets, list punctuation, our own mask.
const NAME_STOP = /[\n\r\t:;()[\]{}«»"“”<>…|]/u;
// A copy's or a download's mark between a name and its extension: "RIB (1).pdf", "Photo (copie).jpg".
const COPY_MARK = /\s*\([^()]{1,20}\)$/u;
// File names are rarely longer; a name in a long sentence loses 80 characters before it at most.
const NAME_REACH = 80;
// No file system takes a longer name: a walk back is bounded.
const NAME_MAX = 255;

/*
 * The name of a document in text, extension left out ("Supprimer jeanne-dupont-rib.pdf", "Photo
 * Jeanne Dupont.jpeg"): an upload field lists the person's files by name, and phones and scanners
 * name them after the person or their file number. A name may hold spaces and any words ("RIB
 * Jeanne Dupont aout.pdf"), so which words before the extension belong to it cannot be told: all
 * of them are taken, back to a colon, a bracket, a quote, a line break or the end of a sentence
 * ("Retirer le fichier Jeanne Dupont.jpeg" loses its verb too; "Fichier : rib.pdf" keeps its
 * label). A button's name is then "[…].pdf": it still says that it acts on a PDF.
 */
function findFileNames(text: string): Array<{ start: number; end: number; extensionEnd: number }> {
  const found: Array<{ start: number; end: number; extensionEnd: number }> = [];
  EXTENSION.lastIndex = 0;
  for (let m = EXTENSION.exec(text); m; m = EXTENSION.exec(text)) {
    if (!DOCUMENT_EXTENSIONS.has(m[1]!.toLowerCase())) continue;
    const last = found[found.length - 1];
    // Past the previous name's end the walk would only find it again: the two are joined below.
    const floor = Math.max(last?.end ?? 0, m.index - NAME_MAX);
    // The bracket of a copy's mark would stop the walk before any of the name.
    const mark = COPY_MARK.exec(text.slice(Math.max(floor, m.index - 24), m.index));
    const nameEnd = m.index - (mark?.[0].length ?? 0);
    let stem = nameEnd;
    while (stem > floor && !/\s/u.test(text[stem - 1]!) && !NAME_STOP.test(text[stem - 1]!)) stem--;
    // ".pdf" alone, as in a list of formats, names no file.
    if (!/[\p{L}\p{N}]/u.test(text.slice(stem, nameEnd))) continue;
    let start = stem;
    while (start > floor && m.index - start < NAME_REACH && !NAME_STOP.test(text[start - 1]!) && !/[.!?]\s/u.test(text.slice(start - 1, start + 1))) start--;
    // Cut by the reach: the whole of the first word goes, not its end only.
    if (m.index - start >= NAME_REACH) while (start > floor && !/\s/u.test(text[start - 1]!) && !NAME_STOP.test(text[start - 1]!)) start--;
    while (/\s/u.test(text[start]!)) start++;
    // "Jeanne.pdf, Dupont.pdf": the second name takes the first in; one hit for both.
    const extensionEnd = m.index + m[0].length;
    if (last && start <= last.end) Object.assign(last, { start: Math.min(start, last.start), end: m.index, extensionEnd });
    else found.push({ start, end: m.index, extensionEnd });
  }
  return found;
}

/*
 * The name of a document in an id, a class or a field name ("piece-jeanne-dupont-rib.pdf",
 * "upload--Jeanne_Dupont.jpg"): a word cut at - / . _ that ends in a document's extension. Which
 * of its parts are the person's cannot be told (see findFileNames), so all of them go, the
 * extension stays. Formats a field accepts (".pdf,.jpg", "image/png") have no name before the dot.
 */
function findFileNamesInIdentifier(text: string): Array<{ start: number; end: number }> {
  if (!text.includes('.')) return [];
  const hits: Array<{ start: number; end: number }> = [];
  for (const token of text.matchAll(REFERENCE_TOKEN)) {
    const extension = documentExtension(token[0]);
    if (extension !== null && token[0].length > extension.length + 1) hits.push({ start: token.index, end: token.index + token[0].length - extension.length - 1 });
  }
  return hits;
}

/**
 * What is personal in an id, a class, a field name or a text quoting them, sorted by start (hits
 * may overlap): e-mail addresses, phone, identity and bank numbers, file numbers read word by word
 * (not counters: "field-12"), and the names of a person's documents.
 */
export function findPersonalDataInIdentifier(text: string): Array<{ start: number; end: number }> {
  return [...findContactOrIdentity(text), ...findReferencesInIdentifier(text), ...findFileNamesInIdentifier(text)].sort((a, b) => a.start - b.start);
}

/**
 * Whether an id or a class holds personal data: a target does not anchor on it, nor keeps axe's
 * selector quoting it, since excerpts mask the same values (maskInIdentifiers).
 */
export function identifierHoldsPersonalData(text: string): boolean {
  return findPersonalDataInIdentifier(text).length > 0;
}

export interface PersonalDataHit<K extends string = PersonalDataKind> {
  kind: K;
  /** Where it is in the text, so that a caller can point at it or mask it without copying it. */
  start: number;
  end: number;
}

/*
 * A date after "née le", "date de naissance", "born on", "date of birth", "DOB": "née le 12/03/1984",
 * "né le 3 mars 1984". Other dates in a note (when the site was down) are the service's, not the person's.
 */
const BIRTH_DATE = /\b(?:n[ée]e?s?(?:\(e\))?\s+le|date\s+de\s+naissance\s*:?|born(?:\s+on)?|date\s+of\s+birth\s*:?|d\.?o\.?b\.?\s*:?)\s*\d{1,2}(?:er)?[\s./-]+(?:\d{1,2}|\p{L}{3,9}\.?)[\s./-]+\d{2,4}\b/giu;

/** Personal data in a free-text note (see above): contact details, national and bank numbers, file numbers, names after a title, a date of birth. */
export function findPersonalData(text: string): Array<PersonalDataHit<NotePersonalKind>> {
  const hits = collect<NotePersonalKind>(text, [
    ...PATTERNS,
    { kind: 'birth-date', pattern: BIRTH_DATE, needs: TWO_DIGITS },
    { kind: 'reference', pattern: REFERENCE_TOKEN, valid: isReference, needs: NUMBER_CHAR, withinWords: true },
  ]);
  for (const { start, end } of findNames(text)) addIfFree(hits, { kind: 'name', start, end });
  return hits;
}

/**
 * E-mail addresses, phone, social-security, national-register and bank numbers only: not
 * file-number-like tokens ("field-12") nor capitalised words, which ids and classes are full of.
 */
export function findContactOrIdentity(text: string): Array<PersonalDataHit<PersonalDataKind>> {
  return collect(text, PATTERNS);
}

/** Personal data in text quoted from a page: the kinds of a note, plus reference numbers, names and file names. */
export function findPersonalDataInPage(text: string): Array<PersonalDataHit<PageTextPersonalKind>> {
  const found = collect<PageTextPersonalKind>(text, [
    ...PATTERNS,
    { kind: 'reference', pattern: REFERENCE_TOKEN, valid: isReference, needs: NUMBER_CHAR, withinWords: true },
  ]);
  const fileNames = text.includes('.') ? findFileNames(text) : [];
  if (fileNames.length === 0) {
    for (const { start, end } of findNames(text)) addIfFree(found, { kind: 'name', start, end });
    return found;
  }
  // A file name's phrase can begin inside a number or a name ("appelez le 06 12 34 56 78 puis
  // envoyez rib.pdf" cut at its reach) or hold one ("Jeanne Dupont HDJ2123F.pdf"): overlapping
  // hits are joined, none is dropped, so that no part of either is left.
  const all: Array<PersonalDataHit<PageTextPersonalKind> & { extensionEnd?: number }> = [
    ...fileNames.map((name) => ({ kind: 'file-name' as const, ...name })),
    ...found,
    ...findNames(text).map(({ start, end }) => ({ kind: 'name' as const, start, end })),
  ].sort((a, b) => a.start - b.start);
  const joined: Array<PersonalDataHit<PageTextPersonalKind>> = [];
  // Where the extension after the last joined hit ends, when that hit ends with a file name.
  let extensionEnd = -1;
  for (const hit of all) {
    const last = joined[joined.length - 1];
    if (!last || hit.start >= last.end) {
      joined.push({ kind: hit.kind, start: hit.start, end: hit.end });
      extensionEnd = hit.extensionEnd ?? -1;
      continue;
    }
    // The joined hit is named by its strongest kind: a document named after a file number is a
    // reference, which redactUrl masks in any folder (it keeps the site's own pictures' names).
    if (KIND_STRENGTH[hit.kind] > KIND_STRENGTH[last.kind]) last.kind = hit.kind;
    // A reference token runs on over the extension ("HDJ2123F.pdf"): the extension is kept all the same.
    if (hit.end > last.end && hit.end > extensionEnd) {
      last.end = hit.end;
      extensionEnd = hit.extensionEnd ?? -1;
    }
  }
  return joined;
}

const KIND_STRENGTH: Record<PageTextPersonalKind, number> = {
  'file-name': 0,
  name: 1,
  reference: 2,
  email: 3,
  phone: 3,
  nir: 3,
  iban: 3,
  'belgian-national-number': 3,
};

function collect<K extends string>(text: string, patterns: ReadonlyArray<Pattern<K>>): Array<PersonalDataHit<K>> {
  const hits: Array<PersonalDataHit<K>> = [];
  for (const { kind, pattern, valid, needs, withinWords } of patterns) {
    if (needs && !needs.test(text)) continue;
    for (const match of needs && withinWords ? matchesInWords(text, pattern, needs) : text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (valid && !valid(match[0])) continue;
      addIfFree(hits, { kind, start, end });
    }
  }
  return hits;
}

/**
 * Adds `hit` to `hits` (sorted, none overlapping) unless it overlaps one already there: the first
 * pattern to claim a stretch of text keeps it. A binary search, not a scan of every hit, since a
 * megabyte of text can give tens of thousands of hits.
 */
function addIfFree<K extends string>(hits: Array<PersonalDataHit<K>>, hit: PersonalDataHit<K>): void {
  // How many hits start before this one ends; the last of them is the only one that can overlap it.
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (hits[middle]!.start < hit.end) low = middle + 1;
    else high = middle;
  }
  if (low > 0 && hits[low - 1]!.end > hit.start) return;
  hits.splice(low, 0, hit);
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
