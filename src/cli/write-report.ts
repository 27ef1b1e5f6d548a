import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ReportSchema, type Report } from '../engine/model';
import { renderReportHtml } from '../report/render-html';

export interface WrittenReport {
  json: string;
  html: string;
}

/** Writes report.json and report.html; a report that does not match its schema is never written. */
export function writeReport(report: Report, dir: string): WrittenReport {
  const checked = ReportSchema.parse(report);
  const out = resolve(dir);
  mkdirSync(out, { recursive: true });
  const json = join(out, 'report.json');
  const html = join(out, 'report.html');
  writeFileSync(json, JSON.stringify(checked, null, 2) + '\n');
  writeFileSync(html, renderReportHtml(checked));
  return { json, html };
}
