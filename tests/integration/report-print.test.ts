import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema, type Report, type RuleResult } from '../../src/engine/model';
import { exportReport } from '../../src/report';
import { CHROMIUM_PATH, TEST_CHROMIUM_ARGS } from '../chromium';
import { axeViolationsIn } from '../e2e/axe-in-page';

// The exported HTML report, printed to A4 PDF by headless Chromium as a person would from the
// browser: a sane number of pages, and no finding split across two pages.
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (name: string): Report => ReportSchema.parse(JSON.parse(readFileSync(path.join(REPO_ROOT, 'tests/reports/fixtures', name), 'utf8')));

/** A4 at 96 px per inch, less the export's @page margins (18 mm top and bottom, 15 mm sides). */
const MM = 96 / 25.4;
const CONTENT_WIDTH = Math.floor((210 - 30) * MM);
const CONTENT_HEIGHT = Math.floor((297 - 36) * MM);

/** A real-sized audit: five pages of a procedure, thirty findings each, one to six elements per finding. */
function largeReport(): Report {
  const base = fixture('audit.report.json');
  const page = base.pages[0]!;
  const rules = [...page.violations, ...page.incomplete];
  const grow = (rule: RuleResult, i: number): RuleResult => ({
    ...rule,
    id: `${rule.id}-${i}`,
    nodes: Array.from({ length: 1 + (i % 6) }, (_, n) => ({ ...rule.nodes[0]!, target: [`form > div:nth-child(${n + 1}) > input#champ-${i}-${n}`] })),
  });
  const pages = Array.from({ length: 5 }, (_, p) => {
    const grown = Array.from({ length: 30 }, (_, i) => grow(rules[i % rules.length]!, p * 30 + i));
    return { ...page, url: `${page.url.replace(/\/$/, '')}/etape-${p + 1}`, title: `${page.title} (étape ${p + 1})`, violations: grown.slice(0, 18), incomplete: grown.slice(18) };
  });
  return { ...base, pages };
}

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: TEST_CHROMIUM_ARGS,
  });
});
afterAll(async () => browser?.close());

describe('exported HTML report printed to A4 PDF', () => {
  it.each([
    ['the journey fixture', () => fixture('journey.report.json')],
    ['a generated 5-page, 150-finding audit', largeReport],
  ])('%s: sane page count, no finding cut across pages', async (_name, make) => {
    const report = make();
    const { content } = exportReport(report, 'html');
    const page = await browser.newPage({ viewport: { width: CONTENT_WIDTH, height: CONTENT_HEIGHT } });
    await page.setContent(content, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });

    const layout = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      findings: [...document.querySelectorAll<HTMLElement>('.finding')].map((el) => ({
        text: el.querySelector('h4')?.textContent ?? '',
        height: el.getBoundingClientRect().height,
        breakInside: getComputedStyle(el).breakInside,
      })),
      rowsAvoidBreaks: [...document.querySelectorAll('tr')].every((tr) => getComputedStyle(tr).breakInside === 'avoid'),
    }));
    const findingCount = report.pages.reduce((n, p) => n + p.violations.length + p.incomplete.length, 0) + (report.journey?.steps.reduce((n, s) => n + s.audit.violations.length + s.audit.incomplete.length, 0) ?? 0);
    // A finding shows once per barrier it belongs to.
    expect(layout.findings.length).toBeGreaterThanOrEqual(findingCount);
    for (const finding of layout.findings) {
      expect(finding.breakInside, finding.text).toBe('avoid');
      expect(finding.height, finding.text).toBeLessThan(CONTENT_HEIGHT);
    }
    expect(layout.rowsAvoidBreaks).toBe(true);

    const pdf = Buffer.from(await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
    // At least the laid-out height, at most about twice it: keeping findings whole leaves gaps, not empty pages.
    const least = Math.max(1, Math.floor(layout.height / CONTENT_HEIGHT));
    expect(pages).toBeGreaterThanOrEqual(least);
    expect(pages).toBeLessThanOrEqual(Math.ceil(layout.height / CONTENT_HEIGHT) * 2 + 1);
    await page.close();
  });
});

describe('exported HTML report in a real browser', () => {
  it.each(['audit', 'journey', 'empty'])('%s: passes axe-core, colour contrast included', async (name) => {
    const page = await browser.newPage();
    await page.setContent(exportReport(fixture(`${name}.report.json`), 'html').content, { waitUntil: 'load' });
    expect(await axeViolationsIn(page)).toEqual([]);
    await page.close();
  });
});
