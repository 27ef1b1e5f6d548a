import { browser } from 'wxt/browser';
import { pauseRecordsOfEndedSession } from './browser-session';
import { observe, pauseRecord, removeRecord, resumeRecord, startRecord, stopRecord } from './recording-actions';
import { RecordingRequestSchema, type RecordingRequest, type RecordingResponse } from './recording-messages';
import { recordScreen } from './record-screen';
import { activeRecordOf, isStorageFull } from './record-store';
import { HEADING_CHANGED } from './screen-probe';

/**
 * Registers the recorder's listeners. Called at the top level of the background, so that
 * Chrome wakes a stopped worker for tabs.onUpdated and finds them: a record resumes by itself.
 */
export function startRecording(): void {
  // Every listener waits for this first: a record of the last session must not record a new tab.
  const ready = pauseRecordsOfEndedSession().catch(() => undefined);
  browser.runtime.onMessage.addListener((raw: unknown, sender): Promise<RecordingResponse> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = RecordingRequestSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    return ready.then(() => handle(parsed.data, sender.tab?.id)).catch((error: unknown) => ({ ok: false, error: isStorageFull(error) ? 'storage-full' : error instanceof Error ? error.message : String(error) }));
  });
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    // Loads end with 'complete'; history API navigations only change the URL.
    if (changeInfo.status === 'complete') void ready.then(() => recordScreen(tabId, 'load'));
    else if (changeInfo.url) void ready.then(() => recordScreen(tabId, 'url'));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void ready.then(() => activeRecordOf(tabId)).then((summary) => (summary ? pauseRecord(summary.id, 'tab-closed') : undefined));
  });
}

async function handle(request: RecordingRequest, senderTabId: number | undefined): Promise<RecordingResponse> {
  switch (request.type) {
    case 'record-start':
      return startRecord(request.tabId, request.name);
    case 'record-pause':
      return pauseRecord(request.id);
    case 'record-resume':
      return resumeRecord(request.id, request.tabId);
    case 'record-stop':
      return stopRecord(request.id);
    case 'record-delete':
      return removeRecord(request.id);
    case 'record-observe':
      return observe(request.id, request.barrier, request.text);
    case HEADING_CHANGED:
      if (senderTabId !== undefined) void recordScreen(senderTabId, 'heading');
      return { ok: true };
  }
}
