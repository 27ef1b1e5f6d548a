import { describe, expect, it } from 'vitest';
import { findPersonalDataInPage, identifierHoldsPersonalData } from './personal-data';
import { MASK, maskInIdentifiers, maskPersonalData, maskPersonalDataStart } from './mask-personal-data';

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
    expect(kinds('Bienvenue Zébulon Quixotte')).toEqual(['name']);
    expect(kinds('Welcome back, Jane Smith')).toEqual(['name']);
    expect(kinds('Salut Marie !')).toEqual(['name']);
    expect(kinds('Connectée en tant que Marie DUPONT')).toEqual(['name']);
    expect(kinds('Signed in as Jane Smith | Sign out')).toEqual(['name']);
    expect(kinds('Logged in as Jane Smith')).toEqual(['name']);
    for (const text of ['Connecté(e) en tant que Marie Dupont', 'Connecté·e en tant que Marie Dupont', 'Connecté en tant que : Marie Dupont', 'Signed in as: Jane Smith', 'Connectée en tant que « Marie Dupont »', 'Connecté en tant que\nMARIE DUPONT']) {
      expect(maskPersonalData(text), text).not.toMatch(/Marie|MARIE|Jane/);
    }
  });

  it('leaves the wording of a service alone', () => {
    expect(kinds('Remplissez le formulaire cerfa n° 12345*01 avant le 12/03/2024 : 1 500 euros, étape 2 sur 4.')).toEqual([]);
    expect(kinds('Bonjour, votre demande est enregistrée. Monsieur le maire signera.')).toEqual([]);
    expect(kinds('Dear Sir or Madam, A4 paper, MP3 files, 3939.')).toEqual([]);
    expect(kinds('Bienvenue sur le site de la CAF. Welcome to GOV.UK')).toEqual([]);
  });

  it('finds a reference wherever it sits in a line, and a greeting only as a word of its own', () => {
    const text = 'Réf.:HDJ2123F\n(DOS/2024/004512), en 1850 et 2024 ; dossier\tQZX7731.';
    expect(findPersonalDataInPage(text).map((hit) => text.slice(hit.start, hit.end))).toEqual(['HDJ2123F', 'DOS/2024/004512', 'QZX7731']);
    expect(kinds('Chi Marie, Ahi Marie')).toEqual([]);
    expect(kinds('Chi Marie, hi Marie')).toEqual(['name']);
  });

  it('still finds what a note would be warned about', () => {
    expect(kinds('Écrire à marie.dupont@exemple.fr ou au 06 12 34 56 78')).toEqual(['email', 'phone']);
  });
});

describe('maskPersonalData', () => {
  it('masks the name of a document and keeps its format, with the words before it in the same phrase', () => {
    expect(maskPersonalData('Fichier ajouté : jeanne-dupont-rib.pdf (120 Ko)')).toBe('Fichier ajouté : […].pdf (120 Ko)');
    expect(maskPersonalData('Supprimer Jeanne Dupont HDJ2123F.pdf')).toBe('[…].pdf');
    expect(maskPersonalData('Remove Jeanne Dupont bank details.PDF')).toBe('[…].PDF');
    expect(maskPersonalData('Pièces envoyées. Photo de Jeanne Dupont.HEIC et IMG_20240312_101010.jpg')).toBe('Pièces envoyées. […].jpg');
    expect(maskPersonalData(`Vous avez bien envoyé ${'le document '.repeat(10)}jeanne.pdf`)).toBe(`Vous avez bien envoyé ${'le document '.repeat(3)}le […].pdf`);
    expect(maskPersonalData('Formats acceptés : .pdf, .jpg, png. Taille max. 5 Mo, voir www.service-public.fr ou index.html.')).toBe('Formats acceptés : .pdf, .jpg, png. Taille max. 5 Mo, voir www.service-public.fr ou index.html.');
    expect(maskPersonalData('Fichier : […].pdf')).toBe('Fichier : […].pdf');
    // A phrase cut at its reach inside a phone number: the whole number goes with it.
    const text = `Pour toute question appelez le 06 12 34 56 78 puis renvoyez ${'le document '.repeat(5)}rib.pdf`;
    expect(maskPersonalData(text)).toBe('Pour toute question appelez le […].pdf');
  });

  it('names a joined hit by its strongest kind: a document named after a file number or a phone is a reference or a phone', () => {
    expect(kinds('recu-HDJ2123F.png')).toEqual(['reference']);
    expect(kinds('0612345678.jpg')).toEqual(['phone']);
    expect(kinds('jeanne.dupont@mail.fr.jpg')).toEqual(['email']);
    expect(kinds('Supprimer Jeanne Dupont.pdf')).toEqual(['file-name']);
    expect(maskPersonalData('Reçu : recu-HDJ2123F.png')).toBe('Reçu : […].png');
    expect(maskPersonalData('Photo 0612345678.jpg')).toBe('[…].jpg');
  });

  it('finds a file name with a bracket before its extension: a copy or a second download', () => {
    expect(maskPersonalData('Supprimer Jeanne Dupont RIB (1).pdf')).toBe('[…].pdf');
    expect(maskPersonalData('Fichier : Zebulon Quixotte (copie).jpg')).toBe('Fichier : […].jpg');
    expect(maskPersonalData('Fichier : Dupont(2).pdf, 120 Ko')).toBe('Fichier : […].pdf, 120 Ko');
    // ".pdf" in brackets alone names no file.
    expect(maskPersonalData('Formats acceptés (pdf).')).toBe('Formats acceptés (pdf).');
  });

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

describe('maskInIdentifiers', () => {
  it("masks file numbers, contact details and a person's document name read word by word, not counters", () => {
    expect(maskInIdentifiers('dossier-HDJ2123F field-12 step-2-of-5')).toBe(`dossier-${MASK} field-12 step-2-of-5`);
    expect(maskInIdentifiers('piece-zebulon-quixotte-rib.pdf')).toBe(`${MASK}.pdf`);
    expect(maskInIdentifiers('fr-upload upload--Zebulon_Quixotte.jpg')).toBe(`fr-upload upload--${MASK}.jpg`);
    expect(maskInIdentifiers('piece-HDJ2123F.pdf jeanne@exemple.fr.jpg')).toBe(`${MASK}.pdf ${MASK}`);
    expect(identifierHoldsPersonalData('upload--Zebulon_Quixotte.jpg')).toBe(true);
    expect(identifierHoldsPersonalData('field-12 logo.svg .pdf')).toBe(false);
  });
});

describe('maskPersonalDataStart', () => {
  const data = ['06 12 34 56 78', 'FR76 3000 6000 0112 3456 7890 189', 'marie.dupont@exemple.fr', 'dossier HDJ2123F', 'Bonjour Madame Marie DUPONT', '1 85 05 78 006 084 36'];
  // Personal data at every offset around where the windows end, in long blocks of prose.
  const texts = Array.from({ length: 120 }, (_, i) => {
    const filler = 'Le formulaire est à envoyer avant la fin du mois. ';
    const words = (filler.repeat(3 + (i % 90))).split(' ');
    words.splice(words.length - (i % 7) - 1, 0, data[i % data.length]!);
    return (words.join(' ') + ' ' + filler.repeat(i % 5) + data[(i + 1) % data.length]! + ' ' + filler.repeat(60)).trim();
  });

  it('is the start of the whole text masked, at least as long as asked', () => {
    for (const text of texts) {
      for (const length of [60, 120, 160, 3000]) {
        const full = maskPersonalData(text);
        const start = maskPersonalDataStart(text, length);
        if (start.length <= length) expect(start).toBe(full);
        else expect(full.startsWith(start)).toBe(true);
      }
    }
  });

  it('lets no part of a number through', () => {
    for (const text of texts) expect(maskPersonalDataStart(text, 160)).not.toMatch(/\d{2} \d{2}|HDJ|@|Marie/);
  });
});
