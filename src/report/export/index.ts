import type { Report } from '../../engine/model';
import { toCsv } from './to-csv';
import { toEarl } from './to-earl';
import { toHtml } from './to-html';
import { toJson } from './to-json';
import { toMarkdown } from './to-markdown';

/** The five export formats, by the names the command line takes (`--format html,json,csv,md,earl`). */
export const EXPORT_FORMATS = ['html', 'json', 'csv', 'md', 'earl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  content: string;
}

const FORMATS: Readonly<Record<ExportFormat, { ext: string; mimeType: string; render: (report: Report) => string }>> = {
  html: { ext: 'html', mimeType: 'text/html;charset=utf-8', render: toHtml },
  json: { ext: 'json', mimeType: 'application/json', render: toJson },
  csv: { ext: 'csv', mimeType: 'text/csv;charset=utf-8', render: toCsv },
  md: { ext: 'md', mimeType: 'text/markdown;charset=utf-8', render: toMarkdown },
  earl: { ext: 'earl.jsonld', mimeType: 'application/ld+json', render: toEarl },
};

/** Apply the preview's choices first (applyExportChoices): this renders what it is given. */
export function exportReport(report: Report, format: ExportFormat): ExportedFile {
  const spec = FORMATS[format];
  const day = report.createdAt.slice(0, 10).replace(/[^0-9-]/g, '');
  return { fileName: `balise-rapport-${day}.${spec.ext}`, mimeType: spec.mimeType, content: spec.render(report) };
}

/** What a file of this format ends with, without the first dot ("earl.jsonld"): the CLI writes report.<ext>. */
export function exportExtension(format: ExportFormat): string {
  return FORMATS[format].ext;
}

export { toCsv, csvCell, CSV_COLUMNS } from './to-csv';
export { toEarl, toEarlDocument, EARL_CONTEXT } from './to-earl';
export { toHtml } from './to-html';
export { toJson } from './to-json';
export { toMarkdown } from './to-markdown';
export { escapeHtml } from './escape';
