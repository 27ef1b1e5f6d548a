import type { BarrierId, Lang, Report } from '../../engine/model';
import type { ProcedureRecord, RecordSummary } from '../../report/record/record-schema';

export type { ProcedureRecord, RecordSummary };

/** The tab the panel records: its origin is null when the extension may not see its address. */
export interface TargetTab {
  tabId: number;
  origin: string | null;
  /** Whether this site's access was already given, so the click need not ask again. */
  access: boolean;
}

/** What the side panel needs from the browser. The extension shell implements it; the UI stays free of browser.*. */
export interface SidepanelApi {
  readLang(): Promise<Lang>;
  targetTab(): Promise<TargetTab | null>;
  onTargetChange(listener: () => void): () => void;
  /** Must be the first thing a click handler calls: the browser only asks during a user gesture. */
  requestSiteAccess(origin: string): Promise<boolean>;
  listRecords(): Promise<RecordSummary[]>;
  readRecord(id: string): Promise<ProcedureRecord | null>;
  onRecordsChange(listener: () => void): () => void;
  /** Each resolves to null, or the error code the background answered with. */
  start(tabId: number, name: string): Promise<{ id?: string; error?: string }>;
  pause(id: string): Promise<string | null>;
  resume(id: string, tabId: number): Promise<string | null>;
  stop(id: string): Promise<string | null>;
  remove(id: string): Promise<string | null>;
  observe(id: string, barrier: BarrierId, text: string): Promise<string | null>;
  exportJson(report: Report): void;
  openReport(id: string): Promise<void>;
}
