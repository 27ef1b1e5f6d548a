import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ReportSchema, type RuleResult } from '../../src/engine/model';
import { buildReport, buildReportView, EXPORT_FORMATS, exportReport } from '../../src/report';
import { REPO_ROOT } from './harness';
import { median, ms } from './stats';
import { printTable } from './table';

export const FINDINGS = 10_000;

/**
 * Section d: a report with 10,000 findings (one element each, made from the report fixture's
 * first violation, as src/report/export/large-report.test.ts makes it): building it, its view
 * (what every export and the report page compute first), then each export format.
 */
export function benchLargeReport(runs: number): void {
  const fixture = ReportSchema.parse(JSON.parse(readFileSync(path.join(REPO_ROOT, 'tests/reports/fixtures/audit.report.json'), 'utf8')));
  const page = fixture.pages[0]!;
  const template = page.violations[0]!;
  const violations: RuleResult[] = Array.from({ length: FINDINGS }, (_, i) => ({ ...template, id: `rule-${i}`, nodes: [{ ...template.nodes[0]!, target: [`#field-${i}`] }] }));
  const pages = [{ ...page, violations, incomplete: [] }];

  const steps: Array<{ name: string; run: () => unknown }> = [];
  let report = buildReport({ lang: 'fr', axeVersion: fixture.tool.axeVersion, pages });
  steps.push({ name: 'build the report (buildReport)', run: () => (report = buildReport({ lang: 'fr', axeVersion: fixture.tool.axeVersion, pages })) });
  steps.push({ name: 'its view (buildReportView)', run: () => buildReportView(report) });
  for (const format of EXPORT_FORMATS) steps.push({ name: `export ${format}`, run: () => exportReport(report, format) });

  const times = steps.map(() => [] as number[]);
  const sizes = new Map<string, number>();
  for (let run = 0; run < runs; run++) {
    steps.forEach((step, i) => {
      const started = performance.now();
      const out = step.run();
      times[i]!.push(performance.now() - started);
      if (out && typeof out === 'object' && 'content' in out) sizes.set(step.name, Buffer.byteLength(String(out.content), 'utf8'));
    });
  }
  const medians = times.map(median);
  const total = medians.reduce((a, b) => a + b, 0);
  const rows = steps.map((step, i) => [step.name, ms(medians[i]!), sizes.has(step.name) ? `${(sizes.get(step.name)! / 1024 / 1024).toFixed(1)} MiB` : '']);
  rows.push(['all of the above', ms(total), '']);
  printTable(
    `d. A report with ${FINDINGS.toLocaleString('en')} findings, median of ${runs} runs (Node, same code as the extension page)`,
    ['step', 'ms', 'output'],
    rows,
    `Budget: renders and exports in under 5 s: ${total < 5000 ? 'yes' : 'NO'} (${(total / 1000).toFixed(1)} s for building it, its view and all five formats).`,
  );
}
