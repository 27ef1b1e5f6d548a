import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { auditOpenPage, loadEngineBundle } from '../../src/cli/audit-page';
import type { Lang, PageAudit } from '../../src/engine/model';
import { startStaticServer, type StaticServer } from '../e2e/static-server';
import { SHARED_DIR } from '../shared-dir';
import { median } from './stats';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
/** ../shared beside the checkout (or beside the main checkout, from a git worktree), as the tests find it. */
export const SHARED = SHARED_DIR;

/** What every section measures in the browser: the engine bundle, one Chromium, one local server. */
export interface Bench {
  browser: Browser;
  page: Page;
  bundle: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * Pages are served over http from 127.0.0.1 (GOV.UK and DSFR fixtures with their own CSS, so
 * axe's colour and layout checks see what a person sees), generated pages alongside.
 */
export async function startBench(generated: Record<string, () => string>): Promise<Bench> {
  for (const dir of ['fixtures/govuk-frontend', 'fixtures/dsfr', 'corpora/wivico-fr']) {
    if (!existsSync(path.join(SHARED, dir))) throw new Error(`Shared material missing: expected ${path.join(SHARED, dir)} (../shared beside the repository).`);
  }
  const bundle = await loadEngineBundle();
  const server: StaticServer = await startStaticServer({
    mounts: [
      { prefix: '/govuk/', dir: path.join(SHARED, 'fixtures/govuk-frontend') },
      { prefix: '/dsfr/', dir: path.join(SHARED, 'fixtures/dsfr') },
    ],
    generated,
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  return {
    browser,
    page,
    bundle,
    origin: server.origin,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Medians over runs of one open page, axe-only and full runs interleaved so drift hits both alike. */
export interface PageTimes {
  axeOnlyMs: number;
  fullMs: number;
  /** Inside the full audits: axe's share and ours, measured in the same run. */
  axeInFullMs: number;
  heuristicsMs: number;
  /** Median over runs of heuristics / axe within one full audit: the budget's figure (at most 0.25). */
  overhead: number;
  /** The last full audit, for what the page contains. */
  audit: PageAudit;
}

export async function timePage(bench: Bench, lang: Lang, runs: number): Promise<PageTimes> {
  const axeOnly: number[] = [];
  const full: PageAudit[] = [];
  for (let run = 0; run < runs; run++) {
    axeOnly.push((await auditOpenPage(bench.page, bench.bundle, { lang, heuristics: false })).audit.durationMs);
    full.push((await auditOpenPage(bench.page, bench.bundle, { lang })).audit);
  }
  return {
    axeOnlyMs: median(axeOnly),
    fullMs: median(full.map((a) => a.durationMs)),
    axeInFullMs: median(full.map((a) => a.timings.axeMs)),
    heuristicsMs: median(full.map((a) => a.timings.heuristicsMs)),
    overhead: median(full.map((a) => a.timings.heuristicsMs / a.timings.axeMs)),
    audit: full.at(-1)!,
  };
}

export async function open(bench: Bench, urlPath: string): Promise<void> {
  const response = await bench.page.goto(bench.origin + urlPath, { waitUntil: 'load' });
  if (response?.status() !== 200) throw new Error(`${urlPath}: HTTP ${response?.status()}`);
}
