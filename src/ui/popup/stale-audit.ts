import type { PopupAuditState } from './popup-api';

/**
 * An audit takes seconds. A "running" record older than this was left by a service worker the
 * browser stopped mid-audit (MV3 may do so at any time): nothing will ever finish it, so the popup
 * says it failed and offers to start again instead of showing progress forever.
 */
export const STALE_RUNNING_MS = 2 * 60_000;

export function staleAt(state: PopupAuditState): number | null {
  if (state.status !== 'running') return null;
  const started = Date.parse(state.startedAt);
  return Number.isNaN(started) ? 0 : started + STALE_RUNNING_MS;
}

export function shownState(state: PopupAuditState, now: number): PopupAuditState {
  const at = staleAt(state);
  return at !== null && now >= at ? { status: 'error', error: 'interrupted', message: '' } : state;
}
