import { browser } from 'wxt/browser';
import { exportReport } from '../../report';
import type { SidepanelApi } from '../../ui/sidepanel/sidepanel-api';
import { downloadFile } from '../report-page/download-file';
import { readSettings, resolveLang } from '../settings';
import { RECORDS_KEY } from '../../report/record/record-schema';
import { readIndex, readRecord } from './record-store';
import { RecordingResponseSchema, type RecordingRequest } from './recording-messages';

/**
 * Test and debug hook, as for the popup: `sidepanel.html?tab=<id>` records that tab. The panel
 * opened by the browser has no query string and follows the window's active tab.
 */
function tabFromQuery(): number | null {
  const raw = new URLSearchParams(location.search).get('tab');
  return raw !== null && /^\d+$/.test(raw) ? Number(raw) : null;
}

async function send(request: RecordingRequest) {
  return RecordingResponseSchema.parse(await browser.runtime.sendMessage(request));
}
const errorOf = async (request: RecordingRequest) => {
  const answer = await send(request);
  return answer.ok ? null : (answer.error ?? 'failed');
};

/** The side panel's window on the browser. It only reads storage: the background writes records. */
export const sidepanelApi: SidepanelApi = {
  async readLang() {
    return resolveLang(await readSettings());
  },
  async targetTab() {
    const requested = tabFromQuery();
    const tab = requested !== null ? await browser.tabs.get(requested).catch(() => null) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (tab?.id === undefined) return null;
    // The address is only visible once the user has given access (toolbar button or site access).
    let origin: string | null = null;
    try {
      if (tab.url && /^https?:/.test(tab.url)) origin = new URL(tab.url).origin;
    } catch {
      origin = null;
    }
    const access = origin !== null && (await browser.permissions.contains({ origins: [`${origin}/*`] }));
    return { tabId: tab.id, origin, access };
  },
  onTargetChange(listener) {
    const onActivated = () => listener();
    const onUpdated = (_id: number, change: { url?: string; status?: string }) => {
      if (change.url || change.status === 'complete') listener();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  },
  requestSiteAccess(origin) {
    return browser.permissions.request({ origins: [`${origin}/*`] });
  },
  listRecords: readIndex,
  readRecord,
  onRecordsChange(listener) {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((key) => key === RECORDS_KEY || key.startsWith('record:'))) listener();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
  async start(tabId, name) {
    const answer = await send({ type: 'record-start', tabId, name });
    return answer.ok ? { id: answer.id } : { error: answer.error ?? 'failed' };
  },
  pause: (id) => errorOf({ type: 'record-pause', id }),
  resume: (id, tabId) => errorOf({ type: 'record-resume', id, tabId }),
  stop: (id) => errorOf({ type: 'record-stop', id }),
  remove: (id) => errorOf({ type: 'record-delete', id }),
  observe: (id, barrier, text) => errorOf({ type: 'record-observe', id, barrier, text }),
  exportJson(report) {
    downloadFile(exportReport(report, 'json'));
  },
  async openReport(id) {
    await browser.tabs.create({ url: browser.runtime.getURL(`/report.html?record=${encodeURIComponent(id)}`) });
  },
};
