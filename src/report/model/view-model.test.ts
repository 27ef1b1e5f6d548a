import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../engine/model';
import { buildReportView } from './view-model';

const journey = ReportSchema.parse(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../tests/reports/fixtures/journey.report.json'), 'utf8')),
);

describe('buildReportView places', () => {
  // The CLI (--journey) and the recorder list each step's audit under `pages` as well.
  const withStepPages = { ...journey, pages: journey.journey!.steps.map((step) => step.audit) };

  it('names a journey step audit listed as a page by its step, once', () => {
    const view = buildReportView(withStepPages, 'fr');
    const onPages = view.findings.filter((f) => f.place.kind !== 'journey');
    expect(onPages.length).toBeGreaterThan(0);
    for (const finding of onPages) expect(finding.placeLabel).toMatch(/^Étape \d+$/);
    expect(view.findings.length).toBe(buildReportView(journey, 'fr').findings.length);
  });

  it('keeps "Page" for a report of separate pages', () => {
    const pagesOnly = { ...withStepPages, journey: undefined };
    const labels = buildReportView(pagesOnly, 'en').findings.map((f) => f.placeLabel);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((label) => /^Page \d+$/.test(label))).toBe(true);
  });
});
