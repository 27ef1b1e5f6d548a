import { describe, expect, it } from 'vitest';
import { safeSnippet, sanitizeHtmlString } from './safe-snippet';

const SENTINEL = 'ZZSENTINEL4242';

function snippetOf(html: string): string {
  document.body.innerHTML = html;
  return safeSnippet(document.body.firstElementChild!);
}

/** Both paths (an element, or axe's node.html as a string) give the same excerpt. */
function bothWays(html: string): string {
  const fromElement = snippetOf(html);
  expect(sanitizeHtmlString(html)).toBe(fromElement);
  return fromElement;
}

describe('safeSnippet: addresses', () => {
  it('drops query strings and fragments of link, image and form addresses', () => {
    expect(bothWays(`<a href="/suivi?dossier=2024778899&amp;token=${SENTINEL}#${SENTINEL}">x</a>`)).toBe('<a href="/suivi">');
    expect(bothWays(`<a href="https://user:pw@x.gouv.fr/suivi?token=${SENTINEL}">x</a>`)).toBe('<a href="https://x.gouv.fr/suivi">');
    expect(bothWays(`<form action="/envoi?token=${SENTINEL}"><button formaction="/autre?t=${SENTINEL}">x</button></form>`)).toBe('<form action="/envoi">');
    expect(bothWays(`<button formaction="/autre?t=${SENTINEL}">x</button>`)).toBe('<button formaction="/autre">');
    expect(bothWays(`<img src="/scan?file=${SENTINEL}.pdf" alt="">`)).toBe('<img src="/scan" alt>');
    expect(bothWays(`<video poster="/p.jpg?u=${SENTINEL}" src="/v.mp4#${SENTINEL}"></video>`)).toBe('<video poster="/….jpg" src="/v.mp4">');
    expect(bothWays(`<object data="/doc.pdf?id=${SENTINEL}"></object>`)).toBe('<object data="/….pdf">');
    expect(bothWays(`<blockquote cite="https://x.fr/a?${SENTINEL}"></blockquote>`)).toBe('<blockquote cite="https://x.fr/a">');
    expect(bothWays(`<a href="/a" ping="/p?u=${SENTINEL} https://t.fr/q?u=${SENTINEL}">x</a>`)).toBe('<a href="/a" ping="/p https://t.fr/q">');
  });

  it('redacts each address of a srcset and keeps its descriptor', () => {
    expect(bothWays(`<img srcset="/a.jpg?u=${SENTINEL} 1x, /b.jpg?u=${SENTINEL} 2x">`)).toBe('<img srcset="/….jpg 1x, /….jpg 2x">');
  });

  it('keeps only the scheme of mailto:, tel: and javascript: addresses', () => {
    expect(bothWays(`<a href="mailto:jeanne.${SENTINEL}@example.org?subject=${SENTINEL}">x</a>`)).toBe('<a href="mailto:">');
    expect(bothWays('<a href="tel:+33612345678">x</a>')).toBe('<a href="tel:">');
    expect(bothWays(`<a href="javascript:prefill('${SENTINEL}')">x</a>`)).toBe('<a href="javascript:">');
  });

  it('keeps the mark of an in-page link, not its fragment', () => {
    expect(bothWays('<a href="#contenu">x</a>')).toBe('<a href="#…">');
  });

  it('hides a path segment holding a file number', () => {
    expect(bothWays('<a href="/dossiers/HDJ2123F/pieces">x</a>')).toBe('<a href="/dossiers/…/pieces">');
  });

  it("hides the name of a person's document and keeps its kind, not a site's own image under an asset folder", () => {
    expect(bothWays('<a href="/dossier/pieces/jeanne-dupont-rib.pdf">x</a>')).toBe('<a href="/dossier/pieces/….pdf">');
    expect(bothWays('<img src="https://x.gouv.fr/photos/Jeanne_Dupont.JPG" alt="">')).toBe('<img src="https://x.gouv.fr/photos/….JPG" alt>');
    expect(bothWays('<a href="/telecharger/Jeanne%20Dupont%20avis.docx">x</a>')).toBe('<a href="/telecharger/….docx">');
    expect(bothWays('<img srcset="/uploads/images/jeanne-dupont.heic 1x, /uploads/jeanne-dupont@2x.png 2x">')).toBe('<img srcset="/uploads/images/….heic 1x, /uploads/….png 2x">');
    // A file number in the name goes with the name; the kind of file stays.
    expect(bothWays('<a href="/pieces/HDJ2123F.pdf">x</a>')).toBe('<a href="/pieces/….pdf">');
    // Under a folder that holds the person's file number, even an images/ folder is theirs.
    expect(bothWays('<img src="/dossiers/HDJ2123F/images/jeanne.png">')).toBe('<img src="/dossiers/…/images/….png">');
    // The site's own pictures and pages keep their names: they say which image a finding is on.
    expect(bothWays('<img src="/assets/img/logo-marianne.png">')).toBe('<img src="/assets/img/logo-marianne.png">');
    expect(bothWays('<img src="/static/img/hero.jpg">')).toBe('<img src="/static/img/hero.jpg">');
    // A storage bucket keeps uploads at its root, a media/ folder holds a site's uploads.
    expect(bothWays('<img src="https://bucket.example/jeanne.jpg">')).toBe('<img src="https://bucket.example/….jpg">');
    expect(bothWays('<img src="/static/media/jeanne.jpg">')).toBe('<img src="/static/media/….jpg">');
    expect(bothWays('<img src="/icons/upload.svg">')).toBe('<img src="/icons/upload.svg">');
    expect(bothWays('<a href="/demarches/etape-2.html">x</a>')).toBe('<a href="/demarches/etape-2.html">');
  });

  it('redacts SVG links, addresses in a style and a refresh target', () => {
    document.body.innerHTML = `<svg><use xlink:href="/icons.svg?u=${SENTINEL}#i"></use></svg>`;
    expect(safeSnippet(document.querySelector('use')!)).toBe('<use xlink:href="/icons.svg">');
    expect(bothWays(`<div style="background: url('/bg.png?u=${SENTINEL}')"></div>`)).toBe(`<div style="background: url('/….png')">`);
    expect(sanitizeHtmlString(`<meta http-equiv="refresh" content="0; url=/suivi?token=${SENTINEL}">`)).toBe('<meta http-equiv="refresh" content="0; url=/suivi">');
  });

  it('drops SVG drawing data: a signature pad draws what the person wrote', () => {
    expect(sanitizeHtmlString('<path d="M33.1,9.8c.2-.1.3-.3.5-.5l4.6,0612345678" fill="currentColor">')).toBe('<path d="" fill="currentColor">');
    expect(sanitizeHtmlString('<polyline points="0,0 12,34 56,78">')).toBe('<polyline points="">');
  });

  it('keeps an SVG namespace, an address like any other', () => {
    expect(sanitizeHtmlString('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 32 32">')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 32 32">',
    );
  });
});

describe('safeSnippet: text and data attributes', () => {
  it('masks personal data in title, alt, aria-label and placeholder', () => {
    expect(bothWays(`<input title="jeanne.${SENTINEL}@example.org">`)).toBe('<input title="[…]">');
    expect(bothWays('<img alt="Avis de Mme Dupont, dossier 2024778899">')).toBe('<img alt="Avis de Mme […], dossier […]">');
    expect(bothWays('<input aria-label="Rappeler le 06 12 34 56 78" placeholder="1 84 05 75 123 456 78">')).toBe('<input aria-label="Rappeler le […]" placeholder="[…]">');
  });

  it('hides the name of a document in a text attribute, and keeps its kind', () => {
    // The words before a name may belong to it ("Jeanne Dupont RIB.pdf"): they go too.
    expect(bothWays('<button title="Supprimer jeanne-dupont-rib.pdf">x</button>')).toBe('<button title="[…].pdf">');
    expect(bothWays('<button aria-label="Supprimer Jeanne Dupont RIB.pdf">x</button>')).toBe('<button aria-label="[…].pdf">');
    expect(bothWays('<button aria-label="Retirer le fichier Jeanne Dupont.jpeg (2 Mo)">x</button>')).toBe('<button aria-label="[…].jpeg (2 Mo)">');
    expect(bothWays('<img alt="Scan « avis impot dupont.PDF »">')).toBe('<img alt="Scan « […].PDF »">');
    expect(bothWays('<button aria-label="Fichier : avis impot dupont.PDF">x</button>')).toBe('<button aria-label="Fichier : […].PDF">');
    expect(bothWays('<button aria-label="Supprimer Jeanne Dupont RIB (1).pdf">x</button>')).toBe('<button aria-label="[…].pdf">');
    expect(bothWays('<span title="Zebulon Quixotte (copie).jpg"></span>')).toBe('<span title="[…].jpg">');
    // Formats listed in a hint are no file names.
    expect(bothWays('<input type="file" title="Formats : .pdf, .jpg, png">')).toBe('<input type="file" title="Formats : .pdf, .jpg, png">');
  });

  it("masks the whole text of an element that points at a person's document: it describes their document", () => {
    expect(bothWays('<img src="/photos/Jeanne_Dupont.jpg" alt="Photo de Jeanne Dupont">')).toBe('<img src="/photos/….jpg" alt="[…]">');
    expect(bothWays('<a href="/pieces/rib.pdf" title="RIB de Jeanne Dupont" aria-label="Jeanne Dupont">x</a>')).toBe('<a href="/pieces/….pdf" title="[…]" aria-label="[…]">');
    expect(bothWays('<img src="/assets/logo.png" alt="Logo de la Caisse">')).toBe('<img src="/assets/logo.png" alt="Logo de la Caisse">');
    // A bare relative address, or a document named after a file number under an asset folder.
    expect(bothWays('<img src="Zebulon_Quixotte.jpg" alt="Photo de Zébulon Quixotte">')).toBe('<img src="….jpg" alt="[…]">');
    expect(bothWays('<img src="/static/recus/recu-HDJ2123F.png" alt="Reçu de Zébulon Quixotte">')).toBe('<img src="/static/recus/….png" alt="[…]">');
  });

  it('keeps the name of data-* attributes and drops their value', () => {
    expect(bothWays(`<input id="a" data-prefill="${SENTINEL}" data-value="${SENTINEL}" data-empty>`)).toBe('<input id="a" data-prefill="" data-value="" data-empty>');
  });

  it('keeps what an accessibility expert reads the element by', () => {
    const html = '<input id="field-12" class="fr-input field_2024" type="email" name="courriel" autocomplete="email" role="textbox" aria-describedby="hint-12 err-12" aria-invalid="true" required>';
    expect(bothWays(html)).toBe(html);
  });

  it('masks file numbers in ids, classes and names, not the counters ids are full of', () => {
    expect(bothWays('<div id="dossier-HDJ2123F" class="recap recap--HDJ2123F">')).toBe('<div id="dossier-[…]" class="recap recap--[…]">');
    expect(bothWays('<label for="piece-2024-QZX-7731-rib">')).toBe('<label for="piece-[…]-rib">');
    expect(bothWays('<input name="dossier[DOS/2024/004512]" aria-describedby="hint-HDJ2123F">')).toBe('<input name="dossier[DOS/[…]]" aria-describedby="hint-[…]">');
    expect(bothWays('<div id="step-2-of-5" class="col-md-6 mt-24 field_2024">')).toBe('<div id="step-2-of-5" class="col-md-6 mt-24 field_2024">');
  });

  it("masks the name of a person's document in ids, classes and names, and keeps its format", () => {
    expect(bothWays('<li id="piece-zebulon-quixotte-rib.pdf" class="fr-upload upload--Zebulon_Quixotte.jpg">')).toBe('<li id="[…].pdf" class="fr-upload upload--[…].jpg">');
    expect(bothWays('<label for="jeanne.dupont.PDF">')).toBe('<label for="[…].PDF">');
    // Formats a file field accepts name no document.
    expect(bothWays('<input type="file" accept=".pdf,.jpg,image/png,application/pdf">')).toBe('<input type="file" accept=".pdf,.jpg,image/png,application/pdf">');
  });

  it('masks e-mail addresses and phone numbers even in structural values', () => {
    expect(bothWays(`<input id="jeanne.${SENTINEL}@example.org" name="tel-0612345678">`)).toBe('<input id="[…]" name="tel-[…]">');
  });

  it('never copies values, checked state, event handlers or children', () => {
    expect(bothWays(`<input type="checkbox" value="${SENTINEL}" checked onclick="send('${SENTINEL}')">`)).toBe('<input type="checkbox">');
    expect(sanitizeHtmlString(`<textarea name="m">${SENTINEL}</textarea>`)).toBe('<textarea name="m">');
  });
});
