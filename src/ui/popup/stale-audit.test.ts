import { describe, expect, it } from 'vitest';
import { shownState, STALE_RUNNING_MS } from './stale-audit';

describe('stale running audit', () => {
  const startedAt = '2026-01-01T10:00:00.000Z';
  const started = Date.parse(startedAt);

  it('shows a recent audit as running', () => {
    expect(shownState({ status: 'running', startedAt }, started + 5_000)).toEqual({ status: 'running', startedAt });
  });

  it('shows an audit running for longer than the limit as interrupted', () => {
    expect(shownState({ status: 'running', startedAt }, started + STALE_RUNNING_MS)).toMatchObject({ status: 'error', error: 'interrupted' });
  });

  it('treats an unreadable start date as stale rather than running forever', () => {
    expect(shownState({ status: 'running', startedAt: 'garbage' }, started)).toMatchObject({ status: 'error' });
  });

  it('leaves finished states alone', () => {
    expect(shownState({ status: 'none' }, started)).toEqual({ status: 'none' });
  });
});
