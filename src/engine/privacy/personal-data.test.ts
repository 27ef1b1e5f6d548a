import { describe, expect, it } from 'vitest';
import { findPersonalData, findPersonalDataInPage } from './personal-data';

const kinds = (text: string) => findPersonalData(text).map((hit) => hit.kind);

describe('findPersonalData', () => {
  it('finds e-mail addresses, phone numbers, NIR and IBAN', () => {
    expect(kinds('Écrire à marie.dupont@exemple.fr')).toEqual(['email']);
    expect(kinds('Tél. 06 12 34 56 78')).toEqual(['phone']);
    expect(kinds('Call +33 6 12 34 56 78 or +32 470 12 34 56')).toEqual(['phone', 'phone']);
    expect(kinds('NIR 1 85 05 78 006 084 36')).toEqual(['nir']);
    expect(kinds('IBAN FR76 3000 6000 0112 3456 7890 189')).toEqual(['iban']);
    expect(kinds('Registre national 85.07.30-033.28')).toEqual(['belgian-national-number']);
  });

  it('finds what a note about one person gives away: a name after a title, a date of birth, a file number', () => {
    expect(kinds('Mme Dupont a essayé 3 fois')).toEqual(['name']);
    expect(kinds('Madame née le 12/03/1984, formulaire refusé')).toEqual(['birth-date']);
    expect(kinds('né le 3 mars 1984')).toEqual(['birth-date']);
    expect(kinds('Date of birth: 12.03.1984 rejected')).toEqual(['birth-date']);
    expect(kinds('n° allocataire CAF 1234567')).toEqual(['reference']);
    expect(kinds('Référence ABCD1234EFGH5678')).toEqual(['reference']);
  });

  it('leaves ordinary notes alone', () => {
    expect(kinds("Adresse e-mail exigée ; la ligne 3939 était saturée.")).toEqual([]);
    expect(kinds('Could not scan the document at step 3 of 7, 2 files refused.')).toEqual([]);
    expect(kinds('Site en panne le 12/03/2026 à 14 h, formulaire Cerfa 12345*02 introuvable.')).toEqual([]);
    expect(kinds('Upload limited to 2 MB; the page says "Error 500".')).toEqual([]);
  });

  it('leaves a count and its unit: not a file number', () => {
    const text = 'In any 180-day period, send a 10-digit code; files up to 10240Ko, images 1216px wide.';
    expect(findPersonalDataInPage(text)).toEqual([]);
    expect(findPersonalDataInPage('Dossier 123456-AB, dossier 2024-HDJ2123F').map((hit) => hit.kind)).toEqual(['reference', 'reference']);
  });

  it('gives positions, never copies', () => {
    const text = 'mail: a@b.fr';
    const [hit] = findPersonalData(text);
    expect(text.slice(hit!.start, hit!.end)).toBe('a@b.fr');
    expect(Object.keys(hit!)).toEqual(['kind', 'start', 'end']);
  });
});
