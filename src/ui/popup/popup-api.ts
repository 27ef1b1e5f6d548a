import type { Lang, Report } from '../../engine/model';

/** What the popup needs from the browser. The extension shell implements it; the UI stays free of browser.*. */
export type PopupAuditState =
  | { status: 'none' }
  | { status: 'running' }
  | { status: 'error'; error: string; message: string }
  | { status: 'done'; report: Report };

export type LangSetting = 'auto' | Lang;

export interface PopupApi {
  activeTabId(): Promise<number | null>;
  readAudit(tabId: number): Promise<PopupAuditState>;
  onAuditChange(tabId: number, listener: (state: PopupAuditState) => void): () => void;
  startAudit(tabId: number): Promise<void>;
  highlight(tabId: number, bucket: 'violations' | 'incomplete', ruleId: string, nodeIndex: number): Promise<boolean>;
  readLangSetting(): Promise<{ setting: LangSetting; lang: Lang }>;
  writeLangSetting(setting: LangSetting): Promise<Lang>;
}
