import { describe, expect, it } from 'vitest';
import { findCapitalisedNames } from './capitalised-names';

const names = (text: string) => findCapitalisedNames(text).map(({ start, end }) => text.slice(start, end));

describe('a name printed with the surname in capitals', () => {
  it('is found in either order, with compound and two-word names', () => {
    expect(names('Espace de Jean DUPONT · Allocataire')).toEqual(['Jean DUPONT']);
    expect(names('Dossier suivi pour DUPONT Marie-Claire, n° allocataire')).toEqual(['DUPONT Marie-Claire']);
    expect(names('Zoé LE GALL est connectée')).toEqual(['Zoé LE GALL']);
    expect(names('Signed in: Jane O’NEIL')).toEqual(['Jane O’NEIL']);
    expect(names('Mon espace : ZÉBULON QUIXOTTE · Allocataire')).toEqual(['ZÉBULON QUIXOTTE']);
  });

  it('leaves acronyms after a word that introduces them, capitals that are words, and capitals without a vowel', () => {
    expect(names('Votre CAF vous écrit. La MDPH répond. Pour URSSAF, voir le site.')).toEqual([]);
    expect(names('Accueil CONTACT AIDE')).toEqual([]);
    expect(names('ENVOYEZ VOTRE AVIS D’IMPOSITION À LA CAF AVANT LE 12 MARS')).toEqual([]);
    expect(names('Welcome to GOV.UK. Apply with HMRC Online')).toEqual([]);
    expect(names('Sign in with GOV.UK Verify. UK Visas and Immigration')).toEqual([]);
    expect(names('Le formulaire CERFA est en ligne')).toEqual([]);
  });
});
