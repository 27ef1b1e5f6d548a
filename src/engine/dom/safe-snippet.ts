import { MASK, maskInIdentifiers, maskPersonalData } from '../privacy/mask-personal-data';
import { documentExtension } from '../privacy/personal-data';
import { redactUrl } from './redact-url';

/**
 * The HTML evidence of a finding: the element's opening tag only. Children are never copied: they
 * may hold a textarea's text, a contenteditable's content or a nested field. Attributes are kept
 * for an accessibility expert to recognise the element (tag, id, class, role, aria-*, type, name,
 * autocomplete), but a page also puts the person's data in them: a link to their file with a token
 * in its query string, a photo of their papers, a prefilled copy of their answer in a data-*
 * attribute, their e-mail address in a title or a mailto: link. So:
 * - what a person entered or chose (value, checked, selected) and event handlers are dropped;
 * - addresses keep what redactUrl keeps (no query string, no fragment, mailto:/tel: only the scheme);
 * - data-* keep their name and lose their value: pages use them to carry anything at all;
 * - structural values (ids, classes, types, roles...) only lose e-mails, phone and identity
 *   numbers, file numbers read word by word ("dossier-HDJ2123F") and documents' names
 *   ("piece-jeanne-dupont-rib.pdf"): the full page-text mask would take "field-12" for a file number;
 * - any other value is text (title, alt, aria-label, placeholder...) and is masked as page text
 *   is, document names included ("Supprimer jeanne-dupont-rib.pdf");
 * - but all the text of an element pointing at a person's document (a link to their uploaded
 *   file, the photo of their papers) is masked: it describes that document ("Photo de Jeanne
 *   Dupont"), and names in it have no title word before them for the page-text mask to find.
 */
const DROPPED = new Set(['value', 'checked', 'selected', 'srcdoc']);

const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'poster', 'data', 'cite', 'background', 'longdesc', 'codebase',
  'classid', 'manifest', 'icon', 'lowsrc', 'dynsrc', 'itemid', 'itemtype', 'profile', 'attributionsrc',
]);
const URL_LIST_ATTRIBUTES = new Set(['ping', 'archive']);
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);

/** Values that name or shape the element rather than say something: ids, tokens, numbers. */
const STRUCTURAL = new Set([
  'id', 'class', 'role', 'type', 'name', 'for', 'form', 'list', 'headers', 'usemap', 'autocomplete', 'inputmode',
  'enterkeyhint', 'lang', 'dir', 'tabindex', 'width', 'height', 'size', 'rows', 'cols', 'colspan', 'rowspan',
  'scope', 'method', 'enctype', 'target', 'rel', 'accept', 'maxlength', 'minlength', 'min', 'max', 'step',
]);
/** aria-* attributes that hold text a person reads, not an id reference or a state. */
const ARIA_TEXT = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'aria-braillelabel', 'aria-brailleroledescription']);

const MAX_ATTRIBUTE_LENGTH = 120;

export function safeSnippet(element: Element): string {
  return openingTag(element.localName, [...element.attributes].map((attr) => [attr.name, attr.value]));
}

/** The same for HTML we only have as a string (axe's node.html when it gives no element). */
export function sanitizeHtmlString(html: string): string {
  const opening = /^<([^\s/>]+)([^>]*)>/.exec(html.trim());
  if (!opening) return '';
  const attributes: Array<[string, string]> = [];
  for (const m of opening[2]!.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attributes.push([m[1]!, decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')]);
  }
  return openingTag(opening[1]!.toLowerCase(), attributes);
}

function openingTag(tag: string, attributes: Array<[string, string]>): string {
  const aboutPersonsDocument = attributes.some(([name, value]) => pointsAtPersonsDocument(name.toLowerCase(), value));
  const kept = attributes.flatMap(([name, value]) => {
    const safe = safeValue(name.toLowerCase(), value, aboutPersonsDocument);
    if (safe === null) return [];
    return [safe === '' && value === '' ? name : `${name}="${escapeAttribute(shorten(safe))}"`];
  });
  return `<${[tag, ...kept].join(' ')}>`;
}

/** What of an attribute's value may be shown: null drops the attribute. */
function safeValue(name: string, value: string, aboutPersonsDocument: boolean): string | null {
  if (DROPPED.has(name) || name.startsWith('on')) return null;
  // SVG drawing data says nothing an auditor reads, and a signature pad draws what the person wrote.
  if (name.startsWith('data-') || name === 'd' || name === 'points') return '';
  if (isUrlAttribute(name)) return safeUrl(value);
  if (URL_LIST_ATTRIBUTES.has(name)) return value.trim().split(/\s+/).map(safeUrl).join(' ');
  if (SRCSET_ATTRIBUTES.has(name)) return value.split(',').map(safeCandidate).join(', ');
  if (name === 'style') return maskPersonalData(value.replace(/url\(\s*(["']?)(.*?)\1\s*\)/gi, (_m, quote: string, address: string) => `url(${quote}${safeUrl(address)}${quote})`));
  // <meta http-equiv="refresh" content="0; url=/suivi?token=…">
  if (name === 'content') return maskPersonalData(value.replace(/(url\s*=\s*)(['"]?)([^'"\s;]+)/gi, (_m, lead: string, quote: string, address: string) => lead + quote + safeUrl(address)));
  if (STRUCTURAL.has(name) || (name.startsWith('aria-') && !ARIA_TEXT.has(name))) return maskInIdentifiers(value);
  if (aboutPersonsDocument && value.trim() !== '') return MASK;
  return maskPersonalData(value);
}

function isUrlAttribute(name: string): boolean {
  // xmlns="http://www.w3.org/2000/svg": a namespace is an address too, and masked as text it read "http://[…]".
  return URL_ATTRIBUTES.has(name) || name.endsWith('href') || name.endsWith('src') || name === 'xmlns' || name.startsWith('xmlns:');
}

/** Whether an address attribute names a document of the person's: redactUrl leaves "….pdf" of it. */
function pointsAtPersonsDocument(name: string, value: string): boolean {
  if (isUrlAttribute(name)) return isMaskedDocument(safeUrl(value));
  if (SRCSET_ATTRIBUTES.has(name)) return value.split(',').some((candidate) => isMaskedDocument(safeUrl(candidate.trim().split(/\s+/)[0] ?? '')));
  return false;
}

/** "/pieces/….pdf", or "….jpg" alone: a bare relative address ("Jeanne_Dupont.jpg") has no slash. */
function isMaskedDocument(address: string): boolean {
  const name = address.slice(address.lastIndexOf('/') + 1);
  return name.startsWith('….') && documentExtension(name) !== null;
}

/**
 * An address as redactUrl keeps it. An in-page link ("#contenu") or a bare query keeps its mark
 * so that the snippet still says what kind of link it is.
 */
function safeUrl(raw: string): string {
  const address = raw.trim();
  if (address === '') return '';
  const redacted = redactUrl(address);
  if (redacted !== '') return redacted;
  return address.startsWith('#') ? '#…' : address.startsWith('?') ? '?…' : '';
}

/** One "address 2x" candidate of a srcset: the address redacted, the width or density kept. */
function safeCandidate(candidate: string): string {
  const [address = '', ...descriptor] = candidate.trim().split(/\s+/);
  return [safeUrl(address), ...descriptor.map((d) => maskInIdentifiers(d))].join(' ');
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|amp|quot|apos|lt|gt);/gi, (entity, body: string) => {
    const lower = body.toLowerCase();
    if (lower.startsWith('#')) {
      const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ({ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' } as Record<string, string>)[lower] ?? entity;
  });
}

function shorten(value: string): string {
  return value.length > MAX_ATTRIBUTE_LENGTH ? value.slice(0, MAX_ATTRIBUTE_LENGTH) + '…' : value;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
