import { describe, expect, it } from 'vitest';
import { findContactChannels, findPhoneNumbers } from './contact-signals';
import { searchableBlocks } from './text-search';

function phones(html: string): string[] {
  document.body.innerHTML = html;
  return findPhoneNumbers(searchableBlocks(document)).map((s) => s.found);
}

describe('findPhoneNumbers', () => {
  it.each([
    ['<p>Appelez le 01 23 45 67 89.</p>', '01 23 45 67 89'],
    ['<p>Tél. : 01.23.45.67.89</p>', '01.23.45.67.89'],
    ['<p>Tél. : 0123456789</p>', '0123456789'],
    ['<p>Numéro vert : 0 800 123 456</p>', '0 800 123 456'],
    ['<p>Call +33 1 23 45 67 89</p>', '+33 1 23 45 67 89'],
    ['<p>Bel ons op +32 2 511 51 51</p>', '+32 2 511 51 51'],
    ['<p>Contact : 02 511 51 51</p>', '02 511 51 51'],
    ['<p>Contact : 02/511.51.51</p>', '02/511.51.51'],
    ['<p>Helpdesk : 078 15 15 15</p>', '078 15 15 15'],
    ['<p>Appelez le 39 39 (service gratuit)</p>', '39 39'],
    ['<p>Composez le 3646.</p>', '3646'],
  ])('finds a number in %s', (html, number) => {
    expect(phones(html)).toEqual([number]);
  });

  it.each([
    ['a date', '<p>Le 01 02 2023, la loi a changé.</p>'],
    ['a SIRET number', '<p>SIRET : 12345678901234</p>'],
    ['a fax line', '<p>Fax : 01 23 45 67 89</p>'],
    ['a format example in a hint', '<label for="t">Téléphone</label><span id="h">Exemple : 06 12 34 56 78</span><input id="t" aria-describedby="h">'],
    ['a number in a field label', '<label>Votre numéro (06 12 34 56 78)<input></label>'],
    ['a short number without a calling word', '<p>Article 3949 du code, 3 500 € d’aide.</p>'],
    ['an amount', '<p>Appelez-nous : nous versons 3900 € par an.</p>'],
  ])('ignores %s', (_name, html) => {
    expect(phones(html)).toEqual([]);
  });
});

describe('findContactChannels', () => {
  const channels = (html: string) => {
    document.body.innerHTML = html;
    return [...new Set(findContactChannels(document).map((s) => s.channel))];
  };
  it('reads tel: links, addresses, counters and paper forms', () => {
    expect(channels('<a href="tel:+3222222222">Nous appeler</a><address>1 rue de la Paix, 75002 Paris</address><p>Rendez-vous au guichet de votre mairie.</p><a href="/cerfa-12345.pdf">Formulaire Cerfa 12345</a>')).toEqual([
      'phone',
      'postal',
      'counter',
      'paper-form',
    ]);
  });
  it('tells online help apart', () => {
    expect(channels('<a href="/contact">Nous contacter</a><a href="mailto:x@example.org">écrire</a>')).toEqual(['contact-page', 'email']);
  });
  it('reads English wording', () => {
    expect(channels('<p>You can apply by post or in person at the counter.</p>')).toEqual(['postal', 'counter']);
  });
  it('does not take "tenir compte" or a plain page for a channel', () => {
    expect(channels('<p>Il faut tenir compte de vos revenus pour remplir ce formulaire en ligne.</p>')).toEqual([]);
  });
});

describe('searchableBlocks sharing', () => {
  it('sees a page changed after the rule run', async () => {
    document.body.innerHTML = '<p>Rien</p>';
    expect(findPhoneNumbers(searchableBlocks(document))).toEqual([]);
    await Promise.resolve();
    document.body.innerHTML = '<p>Appelez le 01 23 45 67 89</p>';
    expect(findPhoneNumbers(searchableBlocks(document)).map((s) => s.found)).toEqual(['01 23 45 67 89']);
  });
});
