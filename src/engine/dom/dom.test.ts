import { describe, expect, it } from 'vitest';
import { redactUrl, redactUrlsIn } from './redact-url';
import { safeSnippet, sanitizeHtmlString } from './safe-snippet';
import { resolveTarget, targetOf } from './selector';
import { readableText } from './page-text';
import { fieldLabel } from './field';

describe('redactUrl', () => {
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

describe('readableText', () => {
  it('skips what a person typed and code samples', () => {
    document.body.innerHTML = '<p>Votre nom</p><textarea>SECRET</textarea><div contenteditable="true">SECRET</div><pre>&lt;input&gt;</pre><select><option>SECRET</option></select>';
    expect(readableText(document.body)).toBe('Votre nom');
  });
});
