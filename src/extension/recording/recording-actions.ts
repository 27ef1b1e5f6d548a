import { browser } from 'wxt/browser';
import type { BarrierId } from '../../engine/model';
import { maskPersonalData } from '../../engine/privacy/mask-personal-data';
import { readSettings, resolveLang } from '../settings';
import { finalizeRecord } from './finalize-record';
import type { ProcedureRecord } from '../../report/record/record-schema';
import { nextStepIndex } from '../../report/record/record-steps';
import { recordScreen } from './record-screen';
import { activeRecordOf, createRecord, deleteRecord, readIndex, updateRecord } from './record-store';
import type { RecordingResponse } from './recording-messages';

export async function startRecord(tabId: number, name: string): Promise<RecordingResponse> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { ok: false, error: 'tab-closed' };
  const origin = tab.url ? new URL(tab.url).origin : null;
  if (!origin || !/^https?:/.test(origin)) return { ok: false, error: 'restricted' };
  // The panel asked for this site's access; without it nothing can be recorded, so say so.
  if (!(await browser.permissions.contains({ origins: [`${origin}/*`] }))) return { ok: false, error: 'no-permission' };
  if (await activeRecordOf(tabId)) return { ok: false, error: 'already-recording' };
  const record: ProcedureRecord = {
    id: crypto.randomUUID(),
    // The name goes into every export: a client's name or file number typed there is masked.
    name: maskPersonalData(name.trim()) || origin,
    tabId,
    origin,
    status: 'recording',
    lang: resolveLang(await readSettings()),
    startedAt: new Date().toISOString(),
    axeVersion: '',
    entries: [],
    observations: [],
    lastScreen: null,
    ruleTexts: {},
  };
  await createRecord(record);
  void recordScreen(tabId, 'start');
  return { ok: true, id: record.id };
}

export async function pauseRecord(id: string, because?: ProcedureRecord['pausedBecause']): Promise<RecordingResponse> {
  const done = await updateRecord(id, (r) => (r.status === 'recording' ? { ...r, status: 'paused', ...(because ? { pausedBecause: because } : {}) } : null));
  return { ok: done !== null };
}

/** Resumes in the given tab: after a browser restart the record's old tab no longer exists. */
export async function resumeRecord(id: string, tabId: number): Promise<RecordingResponse> {
  const other = await activeRecordOf(tabId);
  if (other && other.id !== id) return { ok: false, error: 'already-recording' };
  const done = await updateRecord(id, (r) => {
    if (r.status !== 'paused') return null;
    const { pausedBecause: _dropped, ...rest } = r;
    return { ...rest, status: 'recording', tabId };
  });
  if (done?.status === 'recording') void recordScreen(tabId, 'start');
  return { ok: done?.status === 'recording' };
}

export async function stopRecord(id: string): Promise<RecordingResponse> {
  const done = await updateRecord(id, (r) => (r.status === 'stopped' ? null : finalizeRecord(r)));
  return { ok: done?.status === 'stopped' };
}

export async function removeRecord(id: string): Promise<RecordingResponse> {
  await deleteRecord(id);
  return { ok: true };
}

/** A note belongs to the screen the person is on: the last step recorded, audited or failed ("site down" goes with the screen that did not load). */
export async function observe(id: string, barrier: BarrierId, text: string): Promise<RecordingResponse> {
  const note = { id: crypto.randomUUID(), barrier, text: text.trim(), createdAt: new Date().toISOString() };
  const done = await updateRecord(id, (r) => {
    const current = nextStepIndex(r.entries) - 1;
    return { ...r, observations: [...r.observations, { ...note, ...(current >= 0 ? { stepIndex: current } : {}) }] };
  });
  return { ok: done !== null, id: note.id };
}

/** Records left "recording" by a browser that closed: their tab ids mean nothing any more. */
export async function pauseAllRecording(because: NonNullable<ProcedureRecord['pausedBecause']>): Promise<void> {
  for (const summary of await readIndex()) if (summary.status === 'recording') await pauseRecord(summary.id, because);
}
