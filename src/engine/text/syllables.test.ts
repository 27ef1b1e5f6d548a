import { describe, expect, it } from 'vitest';
import { countSyllables } from './syllables';

describe('countSyllables', () => {
  it('counts French syllables as hyphenation points + 1 (TeX patterns)', () => {
    expect(countSyllables('administration', 'fr')).toBe(5);
    expect(countSyllables('aéroport', 'fr')).toBe(3);
    expect(countSyllables('vous', 'fr')).toBe(1);
  });

  it('ignores the elided article and counts compounds part by part', () => {
    expect(countSyllables("l'administration", 'fr')).toBe(countSyllables('administration', 'fr'));
    expect(countSyllables('ci-dessous', 'fr')).toBe(countSyllables('ci', 'fr') + countSyllables('dessous', 'fr'));
  });

  it('counts English syllables with at least one per word, digits included', () => {
    expect(countSyllables('documentation', 'en')).toBe(5);
    expect(countSyllables('send', 'en')).toBe(1);
    expect(countSyllables('500', 'en')).toBe(1);
  });

  it('is case-insensitive and gives 0 for a word-less token', () => {
    expect(countSyllables('ADMINISTRATION', 'fr')).toBe(countSyllables('administration', 'fr'));
    expect(countSyllables('…', 'fr')).toBe(0);
  });
});
