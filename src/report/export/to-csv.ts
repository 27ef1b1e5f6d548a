import type { Report } from '../../engine/model';
import { buildReportView } from '../model';

/**
 * One row per element of each finding (a finding without element gets one row), for
 * spreadsheets and for groups that aggregate many reports: column names are stable ids in
 * English, cell text is in the report's language. A journey step that could not be audited gets
 * one row too, outcome `untested`, its reason under `help`, so a spreadsheet cannot miss it. RFC 4180: CRLF, every field quoted. A cell that
 * a spreadsheet would run as a formula (= + - @, tab, carriage return) is prefixed with a quote.
 */
export const CSV_COLUMNS = ['page_url', 'page_title', 'place', 'rule', 'source', 'outcome', 'impact', 'barriers', 'wcag', 'rgaa', 'en_301_549', 'target', 'help', 'help_url'] as const;

export function toCsv(report: Report): string {
  const view = buildReportView(report);
  const lines: string[] = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const f of view.findings) {
    const common = [f.pageUrl, f.pageTitle, f.placeLabel, f.ruleId, f.source, f.outcome, f.impact ?? '', f.barriers.join(' '), f.refs.wcag.join(' '), f.refs.rgaa.join(' '), f.refs.en301549.join(' ')];
    const targets = f.nodes.length > 0 ? f.nodes.map((n) => n.target) : [''];
    for (const target of targets) lines.push([...common, target, f.help, f.helpUrl ?? ''].map(csvCell).join(','));
  }
  for (const step of view.journey?.steps ?? []) {
    if (step.failed === undefined) continue;
    const place = `${view.labels.step} ${step.index + 1}`;
    lines.push([step.url, '', place, '', 'balise', 'untested', '', '', '', '', '', '', step.failed, ''].map(csvCell).join(','));
  }
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (accents).
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
