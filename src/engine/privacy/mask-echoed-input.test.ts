import { describe, expect, it } from 'vitest';
import { maskEchoedInput } from './mask-echoed-input';
import { MASK } from './mask-personal-data';

describe('maskEchoedInput', () => {
  it.each([
    ['« 12/13/2020 » n’est pas une date valide', '« […] » n’est pas une date valide'],
    ['"jean.dupont@exemple" is not a valid email address', '"[…]" is not a valid email address'],
    ["La valeur 'Dupont' est trop longue", "La valeur '[…]' est trop longue"],
    ['“Smith” isn’t a name we know', '“[…]” isn’t a name we know'],
    ['‘Smith’ is too long', '‘[…]’ is too long'],
    ['Der Wert „Müller“ ist zu lang', 'Der Wert „[…]“ ist zu lang'],
    ['La valeur ‹ Dupont › est trop longue', 'La valeur ‹ […] › est trop longue'],
  ])('masks the value quoted in %s', (text, masked) => {
    expect(maskEchoedInput(text)).toBe(masked);
  });

  it('masks a date or an amount echoed without quotes, keeping the sentence end', () => {
    expect(maskEchoedInput('La date 31/02/2020 n’existe pas.')).toBe(`La date ${MASK} n’existe pas.`);
    expect(maskEchoedInput('The date 31 02 2020 does not exist')).toBe(`The date ${MASK} does not exist`);
    expect(maskEchoedInput('Le montant 1 500,00 € dépasse le plafond')).toBe(`Le montant ${MASK} € dépasse le plafond`);
  });

  it('reads an apostrophe inside a word as an apostrophe, not as a quote', () => {
    for (const text of ["L'adresse e-mail n'est pas valide", 'L’adresse e-mail n’est pas valide', "Don't leave the field 'empty' blank"]) {
      expect(maskEchoedInput(text)).toMatch(/^(?:L['’]adresse e-mail n['’]est pas valide|Don't leave the field '\[…\]' blank)$/);
    }
    expect(maskEchoedInput("L'adresse e-mail n'est pas valide")).toBe("L'adresse e-mail n'est pas valide");
  });

  it('leaves text without quotes or digits alone and masks only once', () => {
    expect(maskEchoedInput('Saisie invalide')).toBe('Saisie invalide');
    const once = maskEchoedInput('« 12/13/2020 » : date 12/13/2020 invalide');
    expect(maskEchoedInput(once)).toBe(once);
  });
});
