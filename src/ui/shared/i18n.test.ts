import { describe, expect, it } from 'vitest';
import fr from '../../../public/_locales/fr/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { translate } from './i18n';

describe('UI strings', () => {
  // Chrome refuses to load the whole extension when one message name has another character
  // (a hyphen did exactly that once): the toolbar button simply never appears.
  it.each([['fr', fr], ['en', en]] as const)('%s message names are ones Chrome accepts', (_lang, catalog) => {
    for (const key of Object.keys(catalog)) expect(key, key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('fills placeholders and falls back to French, then to the key', () => {
    expect(translate('en', 'elementsCount', { count: 3 })).toBe('3 elements');
    expect(translate('en', 'elementsCount', { count: 1 })).toBe('1 element');
    expect(translate('fr', 'elementsCount', { count: 0 })).toBe('0 élément');
    expect(translate('fr', 'auditedPage', { title: 'Accueil' })).toBe('Page analysée : Accueil');
    expect(translate('fr', 'no-such-key')).toBe('no-such-key');
  });
});
