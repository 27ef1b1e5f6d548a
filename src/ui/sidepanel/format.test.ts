import { describe, expect, it } from 'vitest';
import { formatDuration } from './format';

describe('formatDuration', () => {
  it('says seconds, minutes or hours, and never lets a number leave its unit', () => {
    expect(formatDuration(3_000)).toBe('3\u00a0s');
    expect(formatDuration(65_000)).toBe('1\u00a0min 05\u00a0s');
    expect(formatDuration(3_720_000)).toBe('1\u00a0h 02\u00a0min');
    expect(formatDuration(400)).toBe('0\u00a0s');
  });
});
