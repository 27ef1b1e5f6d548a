import { documentExtension, findPersonalDataInPage } from '../privacy/personal-data';

/**
 * URLs carry tokens, file numbers and names in their query strings and fragments: by default we
 * keep the origin and path only, and the scheme alone of mailto:, tel: and other addresses without
 * a host. A path segment can hold a file number too (/dossiers/HDJ2123F/recapitulatif): such a
 * segment becomes "…" ("….pdf" when it names a document), and so does the name of a document the
 * person uploaded or was sent (/dossier/pieces/jeanne-dupont-rib.pdf, see maskPath). For local
 * files only the file name stays, unless it is a document's: a folder path can name the person
 * whose papers it holds.
 */
export function redactUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return maskPath(raw.split(/[?#]/)[0] ?? '');
  }
  if (url.protocol === 'file:') return 'file:///…/' + maskPath(url.pathname.split('/').pop() ?? '');
  // mailto:, tel:, javascript:, data:, about:, blob:... hold no host, and what follows the scheme
  // is the address, number, script or content itself.
  if (url.host === '') return url.protocol;
  url.username = '';
  url.password = '';
  // chrome-extension:, moz-extension: and other non-web schemes have no origin ("null").
  const origin = url.origin === 'null' ? `${url.protocol}//${url.host}` : url.origin;
  return origin + maskPath(url.pathname);
}

/*
 * The last segment of a path is a file name. When it has the extension of a format people upload
 * (pdf, jpg, png, heic, docx...), it is masked and its extension kept ("/pieces/….pdf"): a recap
 * page links to the person's papers, and phones and scanners name them after the person or their
 * file number. Neither the name nor the folder tells a person's scan from the site's own picture,
 * so this costs the evidence of the site's images (axe's image-alt quotes no file name of them
 * then; the target still points at the element). Except under an asset folder (/assets/, /static/,
 * /images/...) of the site's own build or theme: its logo and pictures are named there. Not when
 * the path holds an upload folder or a masked segment (/uploads/images/, /dossiers/…/images/):
 * those are the person's.
 */
const ASSET_FOLDERS = new Set(['assets', 'asset', 'static', 'dist', 'build', 'img', 'imgs', 'image', 'images', 'icons', 'icon', 'pictos', 'pictograms', 'logos', 'logo', 'fonts', 'themes', 'theme', '_next', 'favicons', 'dsfr', 'design-system']);
const UPLOAD_FOLDERS = /^(?:uploads?|pieces?|pieces-jointes|justificatifs?|documents?|dossiers?|fichiers?|files?|attachments?|blobs?|private|prive|usagers?|users?|media|medias)$/i;

function maskPath(path: string): string {
  const segments = path.split('/');
  const masked = segments.map(maskSegment);
  const name = decoded(segments[segments.length - 1]!);
  const extension = documentExtension(name);
  if (extension !== null) {
    const folders = segments.slice(0, -1).map((s) => decoded(s).toLowerCase());
    const ownAsset = folders.some((f) => ASSET_FOLDERS.has(f)) && !folders.some((f) => UPLOAD_FOLDERS.test(f)) && !masked.slice(0, -1).some((s) => s.startsWith('…'));
    if (!ownAsset) masked[masked.length - 1] = '….' + extension;
  }
  return masked.join('/');
}

function maskSegment(segment: string): string {
  const text = decoded(segment);
  // A name or a file name is not told apart from the words of a path by its shape here (see
  // maskPath); a document's name holding a file number or a phone is a reference or a phone.
  if (!findPersonalDataInPage(text).some((hit) => hit.kind !== 'name' && hit.kind !== 'file-name')) return segment;
  const extension = documentExtension(text);
  return extension === null ? '…' : '….' + extension;
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed escape is read as it is.
    return segment;
  }
}

/** Every address in a text redacted: the browser's error messages quote full URLs, query string and all. */
export function redactUrlsIn(text: string): string {
  return text.replace(/\b[a-z][a-z\d+.-]*:\/\/[^\s"'<>]+/gi, (address) => redactUrl(address));
}
