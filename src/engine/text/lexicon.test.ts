import { describe, expect, it } from 'vitest';
import { extractFeatures } from './features';
import { gradedKeys, gradedLevel, gradedWordsFromList, lexiconFromList } from './lexicon';
import { gradedWords } from './score';
import { segmentText } from './segment';

describe('graded word table lookup', () => {
  // Learnt from "cherchait" alone: its stem and its ending.
  const table = gradedWordsFromList(`1.8 ${gradedKeys('cherchait').join(' ')}\n3.4 -ité`, 2.6);

  it('keys a form by its Snowball stem, and by its ending from five letters on', () => {
    expect(gradedKeys('cherchait')).toEqual(['cherch', '-ait']);
    expect(gradedKeys('chats')).toEqual(['chat', '-ats']);
    expect(gradedKeys('chat')).toEqual(['chat']);
  });

  it('finds the entry of another inflection of the same word, which the form itself would miss', () => {
    expect(table.levels.get('cherchèrent')).toBeUndefined();
    expect(gradedLevel('cherchèrent', table)).toBe(1.8);
    expect(gradedLevel('chercher', table)).toBe(1.8);
  });

  it('reads a word whose stem is missing as its ending, but not a short word nor an unknown ending', () => {
    expect(gradedLevel('nationalité', table)).toBe(3.4);
    expect(gradedLevel('ité', table)).toBeUndefined();
    expect(gradedLevel('maisons', table)).toBeUndefined();
  });

  it('gives a plural the level of its singular in the shipped table', () => {
    const shipped = gradedWords('fr')!;
    expect(gradedLevel('maison', shipped)).toBeDefined();
    expect(gradedLevel('maisons', shipped)).toBe(gradedLevel('maison', shipped));
  });

  it('counts an inflected word as covered by the table in the features', () => {
    const lex = lexiconFromList('ils');
    const f = extractFeatures(segmentText('Ils cherchèrent.', 'fr'), 'fr', lex, table)!;
    // "ils" is missing (prior: delta 0), "cherchèrent" reads 1.8 - 2.6 = -0.8.
    expect(f.gradedWordLevel).toBeCloseTo(-0.4, 6);
    expect(f.gradedCoveredLevel).toBeCloseTo(-0.8, 6);
  });
});
