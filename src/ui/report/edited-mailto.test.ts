import { describe, expect, it } from 'vitest';
import { MAX_MAILTO_LENGTH } from '../../report';
import { editedMailto } from './edited-mailto';

describe('mailto link of an edited draft', () => {
  it('encodes the address, subject and body as typed, with CRLF line breaks', () => {
    const { url, cut } = editedMailto(' contact@service.fr ', 'Objet : démarche', 'Bonjour,\nMerci.');
    expect(cut).toBe(false);
    expect(url).toBe('mailto:contact@service.fr?subject=Objet%20%3A%20d%C3%A9marche&body=Bonjour%2C%0D%0AMerci.');
  });

  it('cuts a body too long for mail programs, never inside a surrogate pair', () => {
    const { url, cut } = editedMailto('a@b.fr', 'Objet', '😀 texte long '.repeat(400));
    expect(cut).toBe(true);
    expect(url.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
    expect(() => decodeURIComponent(url)).not.toThrow();
  });
});
