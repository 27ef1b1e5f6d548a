import { describe, expect, it } from 'vitest';
import { readRequest } from './read-request';

describe('report page address', () => {
  it('names a tab, a recorded procedure, the import step, or nothing', () => {
    expect(readRequest('?tab=42')).toEqual({ kind: 'tab', tabId: 42 });
    expect(readRequest('?record=abc-1')).toEqual({ kind: 'record', id: 'abc-1' });
    expect(readRequest('?import')).toEqual({ kind: 'import' });
    expect(readRequest('')).toEqual({ kind: 'none' });
    expect(readRequest('?tab=-1')).toEqual({ kind: 'none' });
    expect(readRequest('?tab=12abc&record=x')).toEqual({ kind: 'record', id: 'x' });
  });
});
