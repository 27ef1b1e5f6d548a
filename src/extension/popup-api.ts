import { browser } from 'wxt/browser';
import type { PopupApi, PopupAuditState } from '../ui/popup/popup-api';
import { ResponseSchema, type Request } from './messages';
import { readSettings, resolveLang, writeSettings } from './settings';
import { readTabAudit, tabAuditKey, TabAuditSchema, type TabAudit } from './tab-audit-store';

function toState(audit: TabAudit | null): PopupAuditState {
  if (!audit) return { status: 'none' };
  if (audit.status === 'done') return { status: 'done', report: audit.report };
  if (audit.status === 'error') return { status: 'error', error: audit.error, message: audit.message };
  return { status: 'running' };
}

async function send(request: Request) {
  return ResponseSchema.parse(await browser.runtime.sendMessage(request));
}

/** The popup's window on the browser: active tab, stored audits, messages to the background. */
export const popupApi: PopupApi = {
  async activeTabId() {
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
      const parsed = TabAuditSchema.safeParse(changes[key]?.newValue);
      listener(toState(parsed.success ? parsed.data : null));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
  async startAudit(tabId) {
    const response = await send({ type: 'audit-tab', tabId });
    if (!response.ok) throw new Error(response.error ?? 'audit failed');
  },
  async highlight(tabId, bucket, ruleId, nodeIndex) {
    return (await send({ type: 'highlight', tabId, bucket, ruleId, nodeIndex })).ok;
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
