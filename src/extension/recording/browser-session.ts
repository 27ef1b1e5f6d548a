import { browser } from 'wxt/browser';
import { pauseAllRecording } from './recording-actions';

/** Set in storage.session, which the browser empties when it quits but a restarted worker keeps. */
const SESSION_MARK = 'recorder-session';

/**
 * Pauses the records left running by a browser that quit: tab ids start again from low numbers
 * in a new session, so a stale record would follow some other tab. runtime.onStartup is not
 * enough: Chromium does not fire it for an extension loaded from the command line, and a
 * worker stopped meanwhile misses it anyway. Safe to run on every worker start.
 */
export async function pauseRecordsOfEndedSession(): Promise<void> {
  if ((await browser.storage.session.get(SESSION_MARK))[SESSION_MARK]) return;
  await pauseAllRecording('browser-restarted');
  // Marked only once paused: a worker stopped in between pauses again, which changes nothing.
  await browser.storage.session.set({ [SESSION_MARK]: true });
}
