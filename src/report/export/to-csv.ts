import { BARRIER_TEXT, type Lang, type Report } from '../../engine/model';
import { buildReportView } from '../model';

/**
 * One row per element of each finding (a finding without element gets one row), for
 * spreadsheets and for groups that aggregate many reports. Everything a person reads is in the
 * report's language, headers and coded values (outcome, severity, barriers) included; the rule
 * keeps its id, which is what the appendix and other reports cite. A French report is separated
 * by semicolons, as French spreadsheet programs expect (a comma is their decimal mark); an English
 * one by commas. No "sep=" line: Excel then ignores the byte-order mark and breaks the accents.
 * A journey step that could not be audited gets one row too, outcome "not checked", its reason
 * under the element detail, so a spreadsheet cannot miss it. RFC 4180: CRLF, every field quoted. A
 * cell that a spreadsheet would run as a formula (= + - @, tab, carriage return) is prefixed with a quote.
 */
export const CSV_COLUMNS = ['page_url', 'page_title', 'place', 'rule', 'source', 'outcome', 'impact', 'barriers', 'wcag', 'rgaa', 'en_301_549', 'target', 'element_detail', 'evidence', 'help', 'help_url'] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

const HEADERS: Readonly<Record<Lang, Readonly<Record<CsvColumn, string>>>> = {
  fr: {
    page_url: 'Adresse de la page',
    page_title: 'Titre de la page',
    place: 'Emplacement',
    rule: 'Règle',
    source: 'Source',
    outcome: 'Résultat',
    impact: 'Gravité',
    barriers: 'Obstacles',
    wcag: 'WCAG 2.2',
    rgaa: 'RGAA 4.1',
    en_301_549: 'EN 301 549',
    target: 'Élément (sélecteur)',
    element_detail: 'Ce qui est constaté sur cet élément',
    evidence: 'Preuve',
    help: 'Ce que vérifie la règle',
    help_url: 'Lien d’aide',
  },
  en: {
    page_url: 'Page address',
    page_title: 'Page title',
    place: 'Place',
    rule: 'Rule',
    source: 'Source',
    outcome: 'Outcome',
    impact: 'Severity',
    barriers: 'Barriers',
    wcag: 'WCAG 2.2',
    rgaa: 'RGAA 4.1',
    en_301_549: 'EN 301 549',
    target: 'Element (selector)',
    element_detail: 'What was found on this element',
    evidence: 'Evidence',
    help: 'What the rule checks',
    help_url: 'Help link',
  },
};

const csvSeparator = (lang: Lang): string => (lang === 'fr' ? ';' : ',');

export function toCsv(report: Report): string {
  const view = buildReportView(report);
  const { lang, labels } = view;
  const sep = csvSeparator(lang);
  const list = lang === 'fr' ? ' ; ' : '; ';
  const colon = lang === 'fr' ? ' : ' : ': ';
  const row = (cells: Record<CsvColumn, string>) => CSV_COLUMNS.map((c) => csvCell(cells[c])).join(sep);
  const lines: string[] = [CSV_COLUMNS.map((c) => csvCell(HEADERS[lang][c])).join(sep)];
  for (const f of view.findings) {
    const common = {
      page_url: f.pageUrl,
      page_title: f.pageTitle,
      place: f.placeLabel,
      rule: f.ruleId,
      source: f.source,
      outcome: labels.outcomes[f.outcome],
      impact: f.impact ? labels.impacts[f.impact] : '',
      barriers: f.barriers.map((b) => BARRIER_TEXT[lang][b].name).join(list),
      wcag: f.refs.wcag.join(' '),
      rgaa: f.refs.rgaa.join(' '),
      en_301_549: f.refs.en301549.join(' '),
      help: f.help,
      help_url: f.helpUrl ?? '',
    };
    const nodes = f.nodes.length > 0 ? f.nodes : [{ target: '', message: '', evidence: [] }];
    for (const node of nodes) {
      lines.push(row({ ...common, target: node.target, element_detail: node.message, evidence: node.evidence.map(([k, v]) => `${k}${colon}${v}`).join(list) }));
    }
  }
  for (const step of view.journey?.steps ?? []) {
    if (step.failed === undefined) continue;
    const empty = Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as Record<CsvColumn, string>;
    lines.push(row({ ...empty, page_url: step.url, place: `${labels.step} ${step.index + 1}`, source: 'balise', outcome: labels.notChecked, element_detail: step.failed }));
  }
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (accents).
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
