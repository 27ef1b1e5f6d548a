import { browser } from 'wxt/browser';
import type { PopupApi, PopupAuditState } from '../ui/popup/popup-api';
import { ResponseSchema, type Request } from './messages';
import { openRecorderPanel } from './recording/open-panel';
import { readSettings, resolveLang, writeSettings } from './settings';
import { readTabAudit, tabAuditKey, TabAuditSchema, type TabAudit } from './tab-audit-store';

function toState(audit: TabAudit | null): PopupAuditState {
  if (!audit) return { status: 'none' };
  if (audit.status === 'done') return { status: 'done', report: audit.report };
  if (audit.status === 'error') return { status: 'error', error: audit.error, message: audit.message };
  return { status: 'running', startedAt: audit.startedAt };
}

/**
 * Test and debug hook: `popup.html?tab=<id>` audits that tab instead of the active one. A popup
 * opened from the toolbar never has a query string, so what a user gets is unchanged. The
 * end-to-end tests need it because they drive the popup page in a tab of its own, where "the
 * active tab of the current window" would be the popup itself. Access is unchanged too: the
 * tests still click the toolbar button first, which is what grants activeTab on the page.
 */
function tabFromQuery(): number | null {
  const raw = new URLSearchParams(location.search).get('tab');
  return raw !== null && /^\d+$/.test(raw) ? Number(raw) : null;
}

async function send(request: Request) {
  return ResponseSchema.parse(await browser.runtime.sendMessage(request));
}

/** The popup's window on the browser: active tab, stored audits, messages to the background. */
export const popupApi: PopupApi = {
  async activeTabId() {
    const requested = tabFromQuery();
    if (requested !== null) return browser.tabs.get(requested).then((tab) => tab.id ?? null, () => null);
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  },
  async readAudit(tabId) {
    return toState(await readTabAudit(tabId));
  },
  onAuditChange(tabId, listener) {
    const key = tabAuditKey(tabId);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(key in changes)) return;
      // A removed record means the tab is gone; the audit's own answer says so more clearly.
      const parsed = TabAuditSchema.safeParse(changes[key]?.newValue);
      if (parsed.success) listener(toState(parsed.data));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
  async startAudit(tabId) {
    const response = await send({ type: 'audit-tab', tabId });
    return response.ok ? null : (response.error ?? 'audit-failed');
  },
  async highlight(tabId, bucket, ruleId, nodeIndex) {
    return (await send({ type: 'highlight', tabId, bucket, ruleId, nodeIndex })).ok;
  },
  async openReport(tabId) {
    await browser.tabs.create({ url: browser.runtime.getURL(`/report.html?tab=${tabId}`) });
  },
  openRecorder(tabId) {
    return openRecorderPanel(tabId);
  },
  async readLangSetting() {
    const settings = await readSettings();
    return { setting: settings.lang, lang: resolveLang(settings) };
  },
  async writeLangSetting(setting) {
    const settings = { ...(await readSettings()), lang: setting };
    await writeSettings(settings);
    return resolveLang(settings);
  },
};
