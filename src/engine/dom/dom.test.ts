import { describe, expect, it } from 'vitest';
import { redactUrl, redactUrlsIn } from './redact-url';
import { safeSnippet, sanitizeHtmlString } from './safe-snippet';
import { resolveTarget, targetOf } from './selector';
import { readableText } from './page-text';
import { readingPage } from './read-once';
import { fieldLabel, labelReader } from './field-labels';

describe('redactUrl', () => {
  it('masks a file number, a phone or an e-mail address in the name of a document, in any folder and any segment', () => {
    expect(redactUrl('https://x.gouv.fr/static/recepisses/recu-HDJ2123F.png')).toBe('https://x.gouv.fr/static/recepisses/….png');
    expect(redactUrl('https://x.gouv.fr/images/0612345678.jpg')).toBe('https://x.gouv.fr/images/….jpg');
    expect(redactUrl('https://x.gouv.fr/img/jeanne.dupont@mail.fr.jpg')).toBe('https://x.gouv.fr/img/….jpg');
    expect(redactUrl('https://x.gouv.fr/pieces/HDJ2123F.pdf/apercu')).toBe('https://x.gouv.fr/pieces/….pdf/apercu');
    expect(redactUrl('/pieces/HDJ2123F.pdf/apercu')).toBe('/pieces/….pdf/apercu');
    // A local file keeps its name only when it is no document of the person's.
    expect(redactUrl('file:///C:/x/HDJ2123F.pdf')).toBe('file:///…/….pdf');
    expect(redactUrl('file:///home/x/rib-jeanne-dupont.pdf')).toBe('file:///…/….pdf');
    expect(redactUrl('https://x.gouv.fr/static/img/hero.jpg')).toBe('https://x.gouv.fr/static/img/hero.jpg');
  });

  it('drops query strings, fragments and credentials', () => {
    expect(redactUrl('https://user:pw@demarche.gouv.fr/dossier/etape-2?token=abc#x')).toBe('https://demarche.gouv.fr/dossier/etape-2');
  });
  it('keeps only the file name of local files', () => {
    expect(redactUrl('file:///home/marie-dupont/papiers/form.html?x=1')).toBe('file:///…/form.html');
  });
  it('hides a path segment that holds a file number, a phone number or an e-mail address', () => {
    expect(redactUrl('https://x.gouv.fr/mon-compte/dossiers/HDJ2123F/recapitulatif')).toBe('https://x.gouv.fr/mon-compte/dossiers/…/recapitulatif');
    expect(redactUrl('https://x.gouv.fr/usagers/marie.dupont%40exemple.fr/etape-2')).toBe('https://x.gouv.fr/usagers/…/etape-2');
    expect(redactUrl('https://x.gouv.fr/rappel/0612345678')).toBe('https://x.gouv.fr/rappel/…');
    expect(redactUrl('https://x.gouv.fr/demarches/etape-2/step1.html')).toBe('https://x.gouv.fr/demarches/etape-2/step1.html');
    expect(redactUrl('/dossiers/HDJ2123F?x=1')).toBe('/dossiers/…');
    // Schemes without an origin keep their name and host.
    expect(redactUrl('chrome-extension://abcdef/report.html?record=1')).toBe('chrome-extension://abcdef/report.html');
  });
  it('keeps only the scheme of an address without a host: the rest is the address, number or script', () => {
    expect(redactUrl('mailto:marie.dupont@exemple.fr?subject=Dossier')).toBe('mailto:');
    expect(redactUrl('tel:+33612345678')).toBe('tel:');
    expect(redactUrl("javascript:fill('Dupont')")).toBe('javascript:');
    expect(redactUrl('data:text/plain,Dupont')).toBe('data:');
    expect(redactUrl('about:blank')).toBe('about:');
  });
  it('redacts every address quoted in a browser message', () => {
    expect(redactUrlsIn('Cannot access contents of url "https://x.gouv.fr/etape-2?nom=Dupont&nir=185057800608436". Extension manifest must request permission.')).toBe(
      'Cannot access contents of url "https://x.gouv.fr/etape-2". Extension manifest must request permission.',
    );
  });
});

describe('safeSnippet', () => {
  it('never copies values, checked state or children', () => {
    document.body.innerHTML = '<input id="a" type="email" value="SECRET" checked required><textarea id="t">SECRET</textarea>';
    const input = document.getElementById('a')!;
    expect(safeSnippet(input)).toBe('<input id="a" type="email" required>');
    expect(safeSnippet(document.getElementById('t')!)).not.toContain('SECRET');
    expect(sanitizeHtmlString('<input value="SECRET" type="text"><b>x</b>')).toBe('<input type="text">');
  });
});

describe('targets', () => {
  it('builds selectors that find the element again, through shadow roots', () => {
    document.body.innerHTML = '<main><p>a</p><p><span>b</span></p></main><div id="host"></div>';
    const span = document.querySelector('span')!;
    expect(resolveTarget(document, targetOf(span))).toBe(span);
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<label for="f">Nom</label><input id="f">';
    const input = shadow.querySelector('input')!;
    const target = targetOf(input);
    expect(Array.isArray(target[0])).toBe(true);
    expect(resolveTarget(document, target)).toBe(input);
    expect(fieldLabel(input)).toBe('Nom');
  });
});

describe('targets of elements whose id holds personal data', () => {
  it('go through the structure instead, and still find the element', () => {
    document.body.innerHTML = '<main id="recap"><div id="dossier-HDJ2123F"><a id="piece-2024-QZX-7731" href="#">x</a></div><p id="jeanne.dupont@exemple.fr">y</p><p id="field-12">z</p></main>';
    const checks = [...document.querySelectorAll('main *')].map((element) => ({ element, target: targetOf(element) }));
    for (const { element, target } of checks) expect(resolveTarget(document, target)).toBe(element);
    const targets = JSON.stringify(checks.map((c) => c.target));
    expect(targets).not.toMatch(/HDJ2123F|QZX|7731|dupont/);
    expect(checks.map((c) => c.target)).toEqual([['#recap > div'], ['#recap > div > a'], ['#recap > p:nth-of-type(1)'], ['#field-12']]);
    expect(readingPage(() => [...document.querySelectorAll('main *')].map(targetOf))).toEqual(checks.map((c) => c.target));
  });

  it("go through the structure past an id naming a person's document", () => {
    document.body.innerHTML = '<main id="recap"><ul><li id="piece-zebulon-quixotte-rib.pdf">x</li><li id="Zebulon_Quixotte.jpg">y</li></ul></main>';
    const items = [...document.querySelectorAll('li')];
    expect(items.map(targetOf)).toEqual([['#recap > ul > li:nth-of-type(1)'], ['#recap > ul > li:nth-of-type(2)']]);
  });
});

describe('targets while a page is read', () => {
  it('are the same as outside one, whichever element is asked first', () => {
    document.body.innerHTML = '<main><section><p>a</p><div><p>b</p><p><em>c</em></p></div><p>d</p></section><section id="s"><ul><li>x</li><li><a href="#">y</a></li></ul></section></main>';
    const all = [...document.querySelectorAll('main *')];
    const fresh = all.map(targetOf);
    expect(fresh[all.indexOf(document.querySelector('em')!)]).toEqual(['html > body > main > section:nth-of-type(1) > div > p:nth-of-type(2) > em']);
    expect(fresh[all.indexOf(document.querySelector('a')!)]).toEqual(['#s > ul > li:nth-of-type(2) > a']);
    expect(readingPage(() => [...all].reverse().map(targetOf)).reverse()).toEqual(fresh);
    expect(readingPage(() => all.map(targetOf))).toEqual(fresh);
  });
});

describe('readableText', () => {
  it('skips what a person typed and code samples', () => {
    document.body.innerHTML = '<p>Votre nom</p><textarea>SECRET</textarea><div contenteditable="true">SECRET</div><pre>&lt;input&gt;</pre><select><option>SECRET</option></select>';
    expect(readableText(document.body)).toBe('Votre nom');
  });
});

describe('field labels', () => {
  // Each field is named by the first source that has text, in this order.
  const page = `
    <span id="l1">Nom</span><span id="l2">de naissance</span>
    <input id="a" aria-labelledby="l1 l2" aria-label="ignoré">
    <input id="b" aria-labelledby="absent" aria-label=" Prénom ">
    <label for="c">Ville</label><label for="c">second libellé</label><input id="c" title="ignoré">
    <label>Code postal <input id="d" placeholder="ignoré"></label>
    <input id="e" title="Téléphone" placeholder="ignoré">
    <input id="f" placeholder="Courriel">
    <label for='g"1.x'>Étrange</label><input id='g"1.x'>
    <input id="h">
    <div id="host"></div>`;
  const expected = ['Nom de naissance', 'Prénom', 'Ville', 'Code postal', 'Téléphone', 'Courriel', 'Étrange', '', 'Dans l’ombre'];

  function fields(): Element[] {
    document.body.innerHTML = page;
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<label for="a">Dans l’ombre</label><input id="a">';
    return [...document.querySelectorAll('input'), shadow.querySelector('input')!];
  }

  it('fieldLabel follows aria-labelledby, aria-label, label[for], wrapping label, title, placeholder', () => {
    expect(fields().map(fieldLabel)).toEqual(expected);
  });
  it('labelReader gives the same answers, reading each root’s labels once', () => {
    const labelOf = labelReader();
    expect(fields().map(labelOf)).toEqual(expected);
  });
  it('never reads what a person typed', () => {
    document.body.innerHTML = '<input id="x" value="SECRET"><textarea id="y">SECRET</textarea>';
    const typed = [...document.querySelectorAll('input, textarea')];
    (typed[0] as HTMLInputElement).value = 'SECRET2';
    expect([...typed.map(fieldLabel), ...typed.map(labelReader())].join('')).toBe('');
  });
});
