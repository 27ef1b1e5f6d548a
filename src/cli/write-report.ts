import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ReportSchema, type Report } from '../engine/model';
import { exportExtension, exportReport, type ExportFormat } from '../report';

export interface WrittenFile {
  format: ExportFormat;
  path: string;
}

/**
 * Writes report.<ext> for each format asked, all from the same exports as the extension's
 * report page. A report that does not match its schema is never written.
 */
export function writeReport(report: Report, dir: string, formats: readonly ExportFormat[]): WrittenFile[] {
  const checked = ReportSchema.parse(report);
  const out = resolve(dir);
  mkdirSync(out, { recursive: true });
  return formats.map((format) => {
    const path = join(out, `report.${exportExtension(format)}`);
    writeFileSync(path, exportReport(checked, format).content);
    return { format, path };
  });
}
