import { describe, expect, it } from 'vitest';
import { findPersonalDataInPage } from './personal-data';
import { MASK, maskPersonalData } from './mask-personal-data';

const kinds = (text: string) => findPersonalDataInPage(text).map((hit) => hit.kind);

describe('findPersonalDataInPage', () => {
  it('finds file and confirmation numbers mixing letters and digits, or long digit runs', () => {
    expect(kinds('Votre numéro de dossier : HDJ2123F.')).toEqual(['reference']);
    expect(kinds('Référence 2024-ABC-123, dossier DOS/2024/004512')).toEqual(['reference', 'reference']);
    expect(kinds('Application number 123456789')).toEqual(['reference']);
  });

  it('finds names after a greeting or a civil title, not the title itself', () => {
    const text = 'Bonjour Madame Marie-Anne DUPONT, votre demande est prête.';
    const [hit] = findPersonalDataInPage(text);
    expect(hit?.kind).toBe('name');
    expect(text.slice(hit!.start, hit!.end)).toBe('Marie-Anne DUPONT');
    expect(kinds('Dear Mr Smith,')).toEqual(['name']);
    expect(kinds('M. Martin a signé.')).toEqual(['name']);
  });

  it('leaves the wording of a service alone', () => {
    expect(kinds('Remplissez le formulaire cerfa n° 12345*01 avant le 12/03/2024 : 1 500 euros, étape 2 sur 4.')).toEqual([]);
    expect(kinds('Bonjour, votre demande est enregistrée. Monsieur le maire signera.')).toEqual([]);
    expect(kinds('Dear Sir or Madam, A4 paper, MP3 files, 3939.')).toEqual([]);
  });

  it('still finds what a note would be warned about', () => {
    expect(kinds('Écrire à marie.dupont@exemple.fr ou au 06 12 34 56 78')).toEqual(['email', 'phone']);
  });
});

describe('maskPersonalData', () => {
  it('replaces each hit and keeps the rest of the text', () => {
    expect(maskPersonalData('Bonjour Marie Dupont, votre dossier HDJ2123F est reçu (marie@exemple.fr).')).toBe(
      `Bonjour ${MASK}, votre dossier ${MASK} est reçu (${MASK}).`,
    );
  });

  it('is idempotent and leaves text without personal data untouched', () => {
    const once = maskPersonalData('Tél. 06 12 34 56 78, réf. QZX7731');
    expect(maskPersonalData(once)).toBe(once);
    expect(maskPersonalData('Envoyez le formulaire.')).toBe('Envoyez le formulaire.');
  });
});
