import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { auditOpenPage, loadEngineBundle } from '../../src/cli/audit-page';

/**
 * `npm run bench`: how much our heuristics add to axe-core, on the bundled sample procedure page
 * and on pages 4x and 16x its size (its form repeated, ids made unique). Each size is audited
 * axe-only and in full, 3 runs each, in headless Chromium, through the CLI's isolated world.
 */
const repoRoot = path.resolve(import.meta.dirname, '../..');
const sample = readFileSync(path.join(repoRoot, 'tests/fixtures/sample/demarche-exemple.html'), 'utf8');
const RUNS = 3;
const SIZES = [1, 4, 16];

function scaled(factor: number): string {
  const form = /<form[\s\S]*?<\/form>/.exec(sample)?.[0];
  if (!form) throw new Error('the sample page has no form');
  const copies = Array.from({ length: factor }, (_, i) =>
    i === 0 ? form : form.replace(/\b(id|for)="([^"]+)"/g, (_m, attr: string, value: string) => `${attr}="${value}-${i}"`),
  );
  return sample.replace(form, copies.join('\n'));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const bundle = await loadEngineBundle();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const page = await browser.newPage();
const rows: string[][] = [['size', 'fields', 'axe-only ms (median)', 'full ms (median)', 'of which heuristics ms', 'full / axe']];
for (const factor of SIZES) {
  await page.setContent(scaled(factor), { waitUntil: 'load' });
  const fields = await page.locator('input, select, textarea').count();
  const time = async (heuristics: boolean) => {
    const total: number[] = [];
    const ours: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const { audit } = await auditOpenPage(page, bundle, { lang: 'fr', heuristics });
      total.push(audit.durationMs);
      ours.push(audit.timings.heuristicsMs);
    }
    return { total: median(total), heuristics: median(ours) };
  };
  const axeOnly = await time(false);
  const full = await time(true);
  rows.push([`${factor}x`, String(fields), axeOnly.total.toFixed(0), full.total.toFixed(0), full.heuristics.toFixed(0), (full.total / axeOnly.total).toFixed(2)]);
}
await browser.close();

const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
for (const row of rows) console.log(row.map((cell, col) => cell.padStart(widths[col]!)).join('  '));
console.log('Read it as: milliseconds the engine spends inside the page (median of 3 runs); "full / axe" near 1 means our heuristics cost little next to axe-core; runs are noisy on a busy machine, the heuristics column is the steadier figure.');
