import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSchema, type RuleResult } from '../../engine/model';
import { draftFiling } from '../filing';
import { parseImportedReport } from '../import/parse-imported-report';
import { EXPORT_FORMATS, exportReport } from '.';

/**
 * Bad input: 10,000 findings (rules with one element each) render in every format. No timing is
 * asserted here (the benchmark measures it); this proves nothing is quadratic enough to hang and
 * that every finding reaches every format.
 */
const FINDINGS = 10_000;

describe('a report with 10,000 findings', () => {
  it('renders in every format, with every finding', { timeout: 60_000 }, () => {
    const report = ReportSchema.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../tests/reports/fixtures/audit.report.json'), 'utf8')));
    const template = report.pages[0]!.violations[0]!;
    const many: RuleResult[] = Array.from({ length: FINDINGS }, (_, i) => ({
      ...template,
      id: `rule-${i}`,
      nodes: [{ ...template.nodes[0]!, target: [`#field-${i}`] }],
    }));
    report.pages[0]!.violations = many;
    report.pages[0]!.incomplete = [];
    for (const format of EXPORT_FORMATS) {
      const content = exportReport(report, format).content;
      expect(content).toContain('#field-9999');
      if (format === 'csv') expect(content.split('\r\n').length).toBe(FINDINGS + 2);
    }
    const json = exportReport(report, 'json').content;
    const back = parseImportedReport(json);
    expect(back.ok && back.report.pages[0]!.violations.length).toBe(FINDINGS);
    expect(draftFiling({ report, recipient: 'service', lang: 'fr' }).mailtoUrl.length).toBeLessThanOrEqual(1800);
  });
});
