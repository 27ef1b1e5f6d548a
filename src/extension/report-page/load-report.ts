import { browser } from 'wxt/browser';
import { ProcedureRecordSchema, recordKey } from '../../report/record/record-schema';
import { recordReport } from '../../report/record/record-report';
import type { LoadResult, ReportRequest } from '../../ui/report/report-page-api';
import { readTabAudit } from '../tab-audit-store';

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
    if (stored === undefined) return { status: 'missing' };
    const parsed = ProcedureRecordSchema.safeParse(stored);
    if (!parsed.success) return { status: 'invalid' };
    // A record still running has no journey yet: nothing to show until it is stopped.
    const report = recordReport(parsed.data);
    return report ? { status: 'ok', report } : { status: 'missing' };
  }
  return { status: 'none' };
}
