import { afterEach, describe, expect, it } from 'vitest';
import { isHidden } from './field';
import { readableText } from './page-text';
import { queryDeep } from './query-deep';
import { readingPage } from './read-once';
import { targetOf } from './selector';
import { isFieldDescription } from './text-search';

/** What is kept while a page is read must give the answers computed afresh, and nothing outside. */
describe('reading a page once', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('keeps answers for the length of one read only', () => {
    document.body.innerHTML = '<p id="p">Avant</p>';
    const p = document.getElementById('p')!;
    readingPage(() => {
      expect(readableText(p)).toBe('Avant');
      p.textContent = 'Après';
      expect(readableText(p), 'kept within the read').toBe('Avant');
    });
    expect(readableText(p), 'fresh outside it').toBe('Après');
    p.hidden = true;
    expect(isHidden(p)).toBe(true);
  });

  it('gives the same answers inside a read as outside', () => {
    document.body.innerHTML = `
      <main><div hidden><p id="in-hidden">Caché <b>ici</b></p></div>
        <p id="mixed">Texte <code>x = 1</code> visible <span aria-hidden="true">décor</span><select><option>choix</option></select> fin</p>
        <div style="display:none"><input id="f1"></div><div style="visibility:hidden"><span><input id="f2"></span></div><input id="f3">
        <p id="dup">a</p><p id="dup">b</p><p id="-1">c</p><p id="ok">e</p>
        <p id="hint">Exemple : 06 12 34 56 78</p><span id="other">Autre</span>
        <input aria-describedby="x  hint	y"><input aria-describedby="other-2">
        <div id="host"></div></main>`;
    const host = document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<label>Dans l’ombre <input id="shadow-field"></label>';
    const ask = () => ({
      text: ['in-hidden', 'mixed'].map((id) => readableText(document.getElementById(id))),
      body: readableText(document.body),
      hidden: ['f1', 'f2', 'f3'].map((id) => isHidden(document.getElementById(id)!)),
      targets: [...document.querySelectorAll('main p')].map(targetOf),
      described: ['hint', 'other'].map((id) => isFieldDescription(document.getElementById(id)!)),
      deep: queryDeep(document, 'input').map((input) => input.id || input.getAttribute('aria-describedby')),
    });
    const fresh = ask();
    expect(fresh.text).toEqual(['', 'Texte visible fin']);
    expect(fresh.hidden).toEqual([true, true, false]);
    // (An id starting with a digit is left out: happy-dom does not read CSS escapes such as "#\\31 x".)
    expect(fresh.targets.map((t) => t[0])).toEqual(['#in-hidden', '#mixed', 'html > body > main > p:nth-of-type(2)', 'html > body > main > p:nth-of-type(3)', expect.stringMatching(/^#-1$|nth-of-type\(4\)$/), '#ok', '#hint']);
    expect(fresh.described).toEqual([true, false]);
    expect(fresh.deep).toEqual(['f1', 'f2', 'f3', 'x  hint\ty', 'other-2', 'shadow-field']);
    expect(readingPage(ask)).toEqual(fresh);
  });
});
