import { browser } from 'wxt/browser';
import { ReportSchema } from '../../engine/model';
import type { LoadResult, ReportRequest } from '../../ui/report/report-page-api';
import { readTabAudit } from '../tab-audit-store';

/** Storage key of a recorded procedure; its value carries the journey report in `report`. */
export const recordKey = (id: string) => `record:${id}`;

/** Reads the stored report the page was opened for. Read only: the page never writes storage. */
export async function loadReport(request: ReportRequest): Promise<LoadResult> {
  if (request.kind === 'tab') {
    const audit = await readTabAudit(request.tabId);
    if (!audit) return { status: 'missing' };
    if (audit.status === 'running') return { status: 'running' };
    if (audit.status === 'error') return { status: 'failed' };
    return { status: 'ok', report: audit.report };
  }
  if (request.kind === 'record') {
    const key = recordKey(request.id);
    const stored: unknown = (await browser.storage.local.get(key))[key];
    if (typeof stored !== 'object' || stored === null || !('report' in stored) || stored.report == null) return { status: 'missing' };
    const parsed = ReportSchema.safeParse(stored.report);
    return parsed.success ? { status: 'ok', report: parsed.data } : { status: 'invalid' };
  }
  return { status: 'none' };
}
