import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { PageAudit } from '../../engine/model';
import { ReadabilityView } from './readability-view';

const page = (readability: unknown) => ({ metrics: { readability } }) as unknown as PageAudit;
const level = (fr: string, en: string) => ({ fr, en });

describe('ReadabilityView', () => {
  it('says the level in plain words, then the hardest passages first', () => {
    document.body.innerHTML = '<div id="root"></div>';
    const root = document.getElementById('root')!;
    const readability = {
      lang: 'fr', words: 120, sentences: 6, score: 45.2, lix: 52, reliable: true, level: level('difficile : niveau fin de lycée', 'difficult: end of secondary school level'),
      hardest: [
        { excerpt: 'Conformément aux dispositions…', words: 42, sentences: 1, score: 12, lix: 80, level: level('très difficile : niveau universitaire', 'very difficult: university level') },
        { excerpt: 'Vous devez envoyer…', words: 35, sentences: 3, score: 48, lix: 45, level: level('difficile : niveau fin de lycée', 'difficult') },
      ],
    };
    render(<ReadabilityView page={page(readability)} lang="fr" />, root);
    expect(root.querySelector('[data-testid="readability-level"]')?.textContent).toBe('difficile : niveau fin de lycée');
    const blocks = [...root.querySelectorAll('[data-testid="readability-block"]')].map((li) => li.textContent ?? '');
    expect(blocks[0]).toContain('très difficile : niveau universitaire');
    expect(blocks[0]).toContain('Conformément aux dispositions');
    render(<ReadabilityView page={page(readability)} lang="en" />, root);
    expect(root.querySelector('[data-testid="readability-level"]')?.textContent).toBe('difficult: end of secondary school level');
  });

  it('says when there is no text, and shows nothing for an audit without the metric', () => {
    document.body.innerHTML = '<div id="root"></div>';
    const root = document.getElementById('root')!;
    render(<ReadabilityView page={page({ lang: null, words: 0, sentences: 0, score: null, lix: null, level: null, reliable: false, hardest: [] })} lang="fr" />, root);
    expect(root.textContent).toContain('Pas de texte');
    render(<ReadabilityView page={page(undefined)} lang="fr" />, root);
    expect(root.querySelector('[data-testid="readability"]')).toBeNull();
  });
});
