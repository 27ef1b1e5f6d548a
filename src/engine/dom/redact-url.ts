import { findPersonalDataInPage } from '../privacy/personal-data';

/**
 * URLs carry tokens, file numbers and names in their query strings and fragments: by default we
 * keep the origin and path only, and the scheme alone of mailto:, tel: and other addresses without
 * a host. A path segment can hold a file number too (/dossiers/HDJ2123F/recapitulatif): such a
 * segment becomes "…". For local files only the file name stays: a folder path can name the
 * person whose papers it holds.
 */
export function redactUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return maskPath(raw.split(/[?#]/)[0] ?? '');
  }
  if (url.protocol === 'file:') return 'file:///…/' + maskSegment(url.pathname.split('/').pop() ?? '');
  // mailto:, tel:, javascript:, data:, about:, blob:... hold no host, and what follows the scheme
  // is the address, number, script or content itself.
  if (url.host === '') return url.protocol;
  url.username = '';
  url.password = '';
  // chrome-extension:, moz-extension: and other non-web schemes have no origin ("null").
  const origin = url.origin === 'null' ? `${url.protocol}//${url.host}` : url.origin;
  return origin + maskPath(url.pathname);
}

const maskPath = (path: string) => path.split('/').map(maskSegment).join('/');

function maskSegment(segment: string): string {
  let text = segment;
  try {
    text = decodeURIComponent(segment);
  } catch {
    // A malformed escape is read as it is.
  }
  return findPersonalDataInPage(text).some((hit) => hit.kind !== 'name') ? '…' : segment;
}

/** Every address in a text redacted: the browser's error messages quote full URLs, query string and all. */
export function redactUrlsIn(text: string): string {
  return text.replace(/\b[a-z][a-z\d+.-]*:\/\/[^\s"'<>]+/gi, (address) => redactUrl(address));
}
