import { describe, expect, it } from 'vitest';
import { accountAreas } from './account-area';
import { textBlocks } from './text-blocks';

function read(html: string): string {
  document.body.innerHTML = html;
  return textBlocks(document).map((b) => b.text).join(' | ');
}

describe('the signed-in name beside a sign-out control is never read', () => {
  it('skips the small area around "Déconnexion", "Se déconnecter", "Sign out" or a logout link', () => {
    expect(read('<ul><li><span>MARIE DUPONT</span></li><li><a href="/x">Déconnexion</a></li></ul><p>Votre demande</p>')).toBe('Votre demande');
    expect(read('<div><button>Marie Dupont</button><div><ul><li><a href="/profil">Mon profil</a></li><li><button>Se déconnecter</button></li></ul></div></div>')).toBe('');
    expect(read('<div class="bar"><a href="/account">Mirabelle Granvillon</a> <a href="/sign-out">Sign out</a></div>')).toBe('');
    // A button whose name is its value, a link whose empty aria-label says nothing, a sign-out form.
    expect(read('<div><span>MARIE DUPONT</span> <form action="/x"><input type="submit" value="Se déconnecter"></form></div>')).toBe('');
    expect(read('<div><span>MARIE DUPONT</span> <a href="#" aria-label="">Déconnexion</a></div>')).toBe('');
    expect(read('<div><span>MARIE DUPONT</span> <form action="/logout"><button>Quitter</button></form></div>')).toBe('');
    // An icon-only control: its address says what it does.
    expect(read('<div><span>Jean Martin</span><a href="/auth/logout" aria-label="Quitter"><svg></svg></a></div>')).toBe('');
  });

  it('finds the control in an open shadow root, as the text reader does', () => {
    document.body.innerHTML = '<site-header></site-header><p>Votre demande</p>';
    const shadow = document.querySelector('site-header')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div><span>MARIE DUPONT</span> <a href="/auth/logout">Se déconnecter</a></div>';
    expect(textBlocks(document).map((b) => b.text).join(' | ')).toBe('Votre demande');
  });

  it('keeps the rest of a long header and every page without a sign-out control', () => {
    const header = `<header><p>${'Ministère de l’Intérieur et des Outre-mer. '.repeat(4)}</p><div><span>MARIE DUPONT</span><a href="/x">Déconnexion</a></div></header>`;
    const text = read(header);
    expect(text).toContain('Ministère');
    expect(text).not.toContain('DUPONT');
    // Signing in is not signing out; a sentence about signing out is not a control.
    const signIn = read('<div><span>Espace particulier</span><a href="/login">Se connecter</a></div>');
    expect(signIn).toContain('Espace particulier');
    expect(signIn).toContain('Se connecter');
    expect(read('<p>Pensez à vous déconnecter après usage.</p>')).toBe('Pensez à vous déconnecter après usage.');
  });

  it('marks the area only, not the page, when the control sits directly in the body', () => {
    document.body.innerHTML = '<a href="/logout">Log out</a><p>Apply for a licence</p>';
    const inArea = accountAreas(document);
    expect(inArea(document.querySelector('a')!)).toBe(true);
    expect(inArea(document.querySelector('p')!)).toBe(false);
    expect(inArea(document.body)).toBe(false);
  });
});
