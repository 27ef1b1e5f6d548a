import type { ReportRequest } from '../../ui/report/report-page-api';

/** Reads report.html?tab=<id>, ?record=<id> or ?import. Anything else opens an empty page with the import step. */
export function readRequest(search: string): ReportRequest {
  const params = new URLSearchParams(search);
  const tab = params.get('tab');
  if (tab !== null && /^\d+$/.test(tab)) return { kind: 'tab', tabId: Number(tab) };
  const record = params.get('record');
  if (record) return { kind: 'record', id: record };
  if (params.has('import')) return { kind: 'import' };
  return { kind: 'none' };
}
