import type { Lang, Report } from '../../engine/model';

/** What the popup needs from the browser. The extension shell implements it; the UI stays free of browser.*. */
export type PopupAuditState =
  | { status: 'none' }
  | { status: 'running'; startedAt: string }
  | { status: 'error'; error: string; message: string }
  | { status: 'done'; report: Report };

export type LangSetting = 'auto' | Lang;

export interface PopupApi {
  activeTabId(): Promise<number | null>;
  readAudit(tabId: number): Promise<PopupAuditState>;
  onAuditChange(tabId: number, listener: (state: PopupAuditState) => void): () => void;
  /** Resolves when the audit ends: null, or the error code it ended with. Rejects if the background could not answer. */
  startAudit(tabId: number): Promise<string | null>;
  highlight(tabId: number, bucket: 'violations' | 'incomplete', ruleId: string, nodeIndex: number): Promise<boolean>;
  /** Opens the full report page (report.html?tab=<id>) in a new tab. */
  openReport(tabId: number): Promise<void>;
  /** Opens the procedure recorder (side panel); call it straight from a click, browsers require a user gesture. */
  openRecorder(tabId: number): Promise<void>;
  readLangSetting(): Promise<{ setting: LangSetting; lang: Lang }>;
  writeLangSetting(setting: LangSetting): Promise<Lang>;
}
