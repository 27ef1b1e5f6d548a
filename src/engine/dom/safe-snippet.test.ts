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
    expect(bothWays(`<video poster="/p.jpg?u=${SENTINEL}" src="/v.mp4#${SENTINEL}"></video>`)).toBe('<video poster="/p.jpg" src="/v.mp4">');
    expect(bothWays(`<object data="/doc.pdf?id=${SENTINEL}"></object>`)).toBe('<object data="/doc.pdf">');
    expect(bothWays(`<blockquote cite="https://x.fr/a?${SENTINEL}"></blockquote>`)).toBe('<blockquote cite="https://x.fr/a">');
    expect(bothWays(`<a href="/a" ping="/p?u=${SENTINEL} https://t.fr/q?u=${SENTINEL}">x</a>`)).toBe('<a href="/a" ping="/p https://t.fr/q">');
  });

  it('redacts each address of a srcset and keeps its descriptor', () => {
    expect(bothWays(`<img srcset="/a.jpg?u=${SENTINEL} 1x, /b.jpg?u=${SENTINEL} 2x">`)).toBe('<img srcset="/a.jpg 1x, /b.jpg 2x">');
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

  it('redacts SVG links, addresses in a style and a refresh target', () => {
    document.body.innerHTML = `<svg><use xlink:href="/icons.svg?u=${SENTINEL}#i"></use></svg>`;
    expect(safeSnippet(document.querySelector('use')!)).toBe('<use xlink:href="/icons.svg">');
    expect(bothWays(`<div style="background: url('/bg.png?u=${SENTINEL}')"></div>`)).toBe(`<div style="background: url('/bg.png')">`);
    expect(sanitizeHtmlString(`<meta http-equiv="refresh" content="0; url=/suivi?token=${SENTINEL}">`)).toBe('<meta http-equiv="refresh" content="0; url=/suivi">');
  });
});

describe('safeSnippet: text and data attributes', () => {
  it('masks personal data in title, alt, aria-label and placeholder', () => {
    expect(bothWays(`<input title="jeanne.${SENTINEL}@example.org">`)).toBe('<input title="[…]">');
    expect(bothWays('<img alt="Avis de Mme Dupont, dossier 2024778899">')).toBe('<img alt="Avis de Mme […], dossier […]">');
    expect(bothWays('<input aria-label="Rappeler le 06 12 34 56 78" placeholder="1 84 05 75 123 456 78">')).toBe('<input aria-label="Rappeler le […]" placeholder="[…]">');
  });

  it('keeps the name of data-* attributes and drops their value', () => {
    expect(bothWays(`<input id="a" data-prefill="${SENTINEL}" data-value="${SENTINEL}" data-empty>`)).toBe('<input id="a" data-prefill="" data-value="" data-empty>');
  });

  it('keeps what an accessibility expert reads the element by', () => {
    const html = '<input id="field-12" class="fr-input field_2024" type="email" name="courriel" autocomplete="email" role="textbox" aria-describedby="hint-12 err-12" aria-invalid="true" required>';
    expect(bothWays(html)).toBe(html);
  });

  it('masks e-mail addresses and phone numbers even in structural values', () => {
    expect(bothWays(`<input id="jeanne.${SENTINEL}@example.org" name="tel-0612345678">`)).toBe('<input id="[…]" name="tel-[…]">');
  });

  it('never copies values, checked state, event handlers or children', () => {
    expect(bothWays(`<input type="checkbox" value="${SENTINEL}" checked onclick="send('${SENTINEL}')">`)).toBe('<input type="checkbox">');
    expect(sanitizeHtmlString(`<textarea name="m">${SENTINEL}</textarea>`)).toBe('<textarea name="m">');
  });
});
