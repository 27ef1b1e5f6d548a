import type { Lang, Report } from '../../engine/model';
import type { ExportedFile } from '../../report';

/** Which report the page was opened for, from its address (report.html?tab=12, ?record=abc, ?import). */
export type ReportRequest = { kind: 'tab'; tabId: number } | { kind: 'record'; id: string } | { kind: 'import' } | { kind: 'none' };

/** What reading the stored report gave. Every case but `ok` is said plainly on the page. */
export type LoadResult =
  | { status: 'ok'; report: Report }
  | { status: 'none' }
  | { status: 'missing' }
  | { status: 'running' }
  | { status: 'failed' }
  | { status: 'invalid' };

/** What the report page needs from the browser. The extension implements it; the UI stays free of browser.*. */
export interface ReportPageApi {
  request(): ReportRequest;
  readLang(): Promise<Lang>;
  load(request: ReportRequest): Promise<LoadResult>;
  /** Hands the file to the browser's downloads (no extension permission: an <a download>). */
  download(file: ExportedFile): void;
  /** Resolves false when neither the clipboard API nor the fallback worked. */
  copyText(text: string): Promise<boolean>;
}
