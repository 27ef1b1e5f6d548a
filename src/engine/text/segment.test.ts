import { describe, expect, it } from 'vitest';
import { segmentText, splitSentences, splitWords } from './segment';

describe('splitWords', () => {
  it('keeps French elisions as one word, with either apostrophe', () => {
    expect(splitWords("l'administration qu’elle aujourd'hui jusqu'à", 'fr')).toEqual([
      "l'administration",
      'qu’elle',
      "aujourd'hui",
      "jusqu'à",
    ]);
  });

  it('keeps hyphenated compounds as one word', () => {
    expect(splitWords('Appelez-nous, peut-être ci-dessous ; a-t-elle dit', 'fr')).toEqual([
      'Appelez-nous',
      'peut-être',
      'ci-dessous',
      'a-t-elle',
      'dit',
    ]);
  });

  it('does not count punctuation, emoji or a dangling joiner as words', () => {
    expect(splitWords('Bravo 🎉 ! — « oui » … 👍🏽', 'fr')).toEqual(['Bravo', 'oui']);
    expect(splitWords("the Joneses' house", 'en')).toEqual(['the', 'Joneses', 'house']);
  });

  it('counts numbers as words', () => {
    expect(splitWords('Appelez le 3939 avant 15 jours, soit 12,5 %.', 'fr')).toEqual([
      'Appelez',
      'le',
      '3939',
      'avant',
      '15',
      'jours',
      'soit',
      '12,5',
    ]);
  });
});

describe('splitSentences', () => {
  it('does not end a sentence after titles and abbreviations', () => {
    expect(
      splitSentences(
        "M. Dupont et Mme. Martin ont vu le Dr. Lévy. Voir art. L. 262-1, p. ex. Paris. Les pièces (facture, etc.) sont là.",
        'fr',
      ),
    ).toEqual(['M. Dupont et Mme. Martin ont vu le Dr. Lévy.', 'Voir art. L. 262-1, p. ex. Paris.', 'Les pièces (facture, etc.) sont là.']);
  });

  it('ends a sentence at "etc." followed by a capital: the dot is also the full stop', () => {
    expect(splitSentences('Apportez vos factures, relevés, etc. Nous les rendrons.', 'fr')).toEqual([
      'Apportez vos factures, relevés, etc.',
      'Nous les rendrons.',
    ]);
  });

  it('treats each line as a sentence, list items without punctuation included', () => {
    const text = 'Vous devez fournir :\n- une pièce d’identité\n- un justificatif de domicile\n1. Remplissez le formulaire';
    expect(splitSentences(text, 'fr')).toEqual([
      'Vous devez fournir :',
      '- une pièce d’identité',
      '- un justificatif de domicile',
      '1. Remplissez le formulaire',
    ]);
  });

  it('keeps English abbreviations and initials inside the sentence', () => {
    expect(splitSentences('Mr. Smith met Dr. J. Brown, e.g. on Monday. Then he left.', 'en')).toEqual([
      'Mr. Smith met Dr. J. Brown, e.g. on Monday.',
      'Then he left.',
    ]);
  });

  it('splits on ! and ? as well', () => {
    expect(splitSentences('Vous avez une question ? Appelez-nous au 3939. Merci !', 'fr')).toHaveLength(3);
  });
});

describe('segmentText', () => {
  it('returns nothing for empty, blank or word-less text, without throwing', () => {
    expect(segmentText('', 'fr')).toEqual([]);
    expect(segmentText('   \n\n  ', 'en')).toEqual([]);
    expect(segmentText('🎉 👍🏽 … !!!', 'fr')).toEqual([]);
  });

  it('handles unusual Unicode: combining accents, non-breaking spaces, other scripts', () => {
    const text = 'Le cafe\u0301 est ouvert.\u00A0Hippocrate (Ἱπποκράτης) est né à Kos.';
    const s = segmentText(text, 'fr');
    expect(s).toHaveLength(2);
    expect(s[0]?.words).toEqual(['Le', 'cafe\u0301', 'est', 'ouvert']);
    expect(s[1]?.words).toContain('Ἱπποκράτης');
  });
});
