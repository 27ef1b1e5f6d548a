import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from './collapse-whitespace';

describe('collapseWhitespace', () => {
  it('turns every run of whitespace into one space, as replace(/\\s+/g, " ") does', () => {
    const samples = ['', ' ', '  ', 'a b', 'a  b', ' a ', '\ta', 'a\n', 'a \n b', 'a\u00a0b', 'a \u00a0\u2003b', 'a\r\n\r\nb', '\n\n', 'un  deux\ttrois \n quatre\u202fcinq'];
    for (const text of samples) expect(collapseWhitespace(text), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' '));
  });
});
