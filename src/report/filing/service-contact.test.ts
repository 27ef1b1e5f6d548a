import { describe, expect, it } from 'vitest';
import { runAudit } from '../../engine/run-audit';
import { buildReport } from '../build-report';
import { draftFiling } from './draft-filing';

/**
 * "Signaler → le contact accessibilité du service": the address comes from what the page shows
 * (the statement's address, an accessibility contact), read by the real engine; when nothing is
 * found, the note does not claim that a contact exists.
 */
async function draftFor(footer: string, lang: 'fr' | 'en' = 'fr', url = 'https://demarche.exemple.fr/logement/etape-1?dossier=HDJ2123F') {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.documentElement.lang = lang;
  document.title = 'Demande de logement social';
  document.body.innerHTML = `<main><h1>Demande de logement social</h1><form><label>Courriel <input type="email" required></label></form></main><footer>${footer}</footer>`;
  const audit = await runAudit(document, { lang, axe: false });
  const report = buildReport({ lang, axeVersion: 'test', pages: [audit], createdAt: new Date('2025-03-04T10:00:00.000Z') });
  return draftFiling({ report, recipient: 'service', lang });
}

describe('service contact for a filing', () => {
  it('gives the statement’s redacted address, never its link text, and does not claim a contact exists', async () => {
    const draft = await draftFor('<a href="/accessibilite?ref=footer&amp;token=abc#haut">Accessibilité : partiellement conforme</a>');
    expect(draft.to).toBe('');
    const note = draft.notes.join(' ');
    expect(note).toContain('La déclaration d’accessibilité, à l’adresse https://demarche.exemple.fr/accessibilite, doit indiquer un contact');
    expect(note).not.toMatch(/token|ref=|#haut|partiellement conforme\)|le contact y est indiqué/);
  });

  it('sends to the accessibility contact e-mail the page shows next to its statement', async () => {
    const draft = await draftFor(
      '<ul><li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li><li>Un problème d’accessibilité ? <a href="mailto:accessibilite@exemple.fr?subject=Accessibilit%C3%A9">Écrivez-nous</a></li></ul>',
    );
    expect(draft.to).toBe('accessibilite@exemple.fr');
    expect(draft.mailtoUrl.startsWith('mailto:accessibilite@exemple.fr?subject=')).toBe(true);
    expect(draft.notes.join(' ')).toMatch(/contact accessibilité trouvée sur la page/);
  });

  it('points to an accessibility contact form when the page shows one and no e-mail', async () => {
    const draft = await draftFor(
      '<a href="/accessibility-statement">Accessibility statement</a> <a href="https://demarche.exemple.fr/contact/accessibilite?from=footer">Report an accessibility problem</a>',
      'en',
    );
    expect(draft.to).toBe('');
    expect(draft.notes.join(' ')).toContain('contact form for accessibility, at https://demarche.exemple.fr/contact/accessibilite:');
  });

  it('takes no e-mail that is not the accessibility contact, nor one inside a form or an error message', async () => {
    const draft = await draftFor(
      '<a href="/accessibilite">Accessibilité : non conforme</a> <a href="mailto:mairie@ville-exemple.fr">Nous écrire</a>' +
        '<form><p>Accessibilité : <a href="mailto:jean.dupont@exemple.fr">jean.dupont@exemple.fr</a></p></form>' +
        '<div role="alert">Accessibilité : adresse <a href="mailto:marie.durand@exemple.fr">marie.durand@exemple.fr</a> invalide</div>',
    );
    expect(draft.to).toBe('');
    expect(JSON.stringify(draft)).not.toMatch(/mairie@|jean\.dupont|marie\.durand/);
  });

  it('takes no address at another domain than the service’s, even beside the words accessibility or disability', async () => {
    const draft = await draftFor(
      '<a href="https://www.exemple.fr/accessibilite">Accessibilité : partiellement conforme</a>' +
        '<dl><dt>Situation de handicap</dt><dd>Oui — contact : <a href="mailto:jean.dupont@gmail.com">jean.dupont@gmail.com</a></dd>' +
        '<dt>Accessibilité du logement</dt><dd><a href="mailto:accessibilite.durand@orange.fr">accessibilite.durand@orange.fr</a></dd></dl>',
    );
    expect(draft.to).toBe('');
    expect(JSON.stringify(draft)).not.toMatch(/jean\.dupont|gmail|durand|orange\.fr/);
  });

  it('takes no address at a mail provider, even when the site is hosted at the provider’s domain', async () => {
    const draft = await draftFor(
      '<a href="/accessibilite">Accessibilité</a> <p>Accessibilité : <a href="mailto:accessibilite.durand@free.fr">écrire</a></p>',
      'fr',
      'https://mairie-exemple.free.fr/demarches/inscription',
    );
    expect(draft.to).toBe('');
    expect(JSON.stringify(draft)).not.toMatch(/durand/);
  });

  it('takes the contact at the statement’s domain when the statement lives elsewhere', async () => {
    const draft = await draftFor(
      '<a href="https://www.ville-exemple.fr/accessibilite">Accessibilité</a> <p>Accessibilité : <a href="mailto:a11y@ville-exemple.fr">écrire</a></p>',
    );
    expect(draft.to).toBe('a11y@ville-exemple.fr');
  });

  it('says only that the statement must give a contact when the page shows none', async () => {
    const draft = await draftFor('<a href="/contact">Contact</a>');
    expect(draft.to).toBe('');
    expect(draft.notes.join(' ')).toContain('la déclaration d’accessibilité doit indiquer un contact');
  });
});
