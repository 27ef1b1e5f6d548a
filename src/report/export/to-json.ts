import { z } from 'zod';
import { ReportSchema, type Report } from '../../engine/model';

/**
 * `balise-report/1` as JSON. The report is validated before it leaves: a file that the import
 * would refuse must never be written.
 */
export function toJson(report: Report): string {
  const parsed = ReportSchema.safeParse(report);
  if (!parsed.success) throw new Error(`Invalid report, not exported:\n${z.prettifyError(parsed.error)}`);
  return JSON.stringify(parsed.data, null, 2) + '\n';
}
