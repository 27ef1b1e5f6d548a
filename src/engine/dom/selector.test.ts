import { describe, expect, it } from 'vitest';
import { cssEscape } from './selector';

describe('cssEscape', () => {
  it('escapes as CSS.escape does, a leading digit once', () => {
    expect(cssEscape('1nom')).toBe('\\31 nom');
    expect(cssEscape('-1')).toBe('-\\31 ');
    expect(cssEscape('a.b:c')).toBe('a\\.b\\:c');
    expect(cssEscape('nom-1_x')).toBe('nom-1_x');
  });

  it('gives the same answers without the DOM CSS.escape', () => {
    const css = (globalThis as { CSS?: unknown }).CSS;
    (globalThis as { CSS?: unknown }).CSS = undefined;
    try {
      expect(['1nom', '-1', 'a.b:c', 'nom-1_x', '-'].map(cssEscape)).toEqual(['\\31 nom', '-\\31 ', 'a\\.b\\:c', 'nom-1_x', '\\-']);
    } finally {
      (globalThis as { CSS?: unknown }).CSS = css;
    }
  });
});
