import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../e2e/static-server';
import { SHARED_DIR } from '../shared-dir';
import { CHROMIUM_PATH, TEST_CHROMIUM_ARGS } from '../chromium';

/**
 * The plain-language analysis on real public-service pages (GOV.UK Frontend and DSFR examples),
 * in real Chromium: the engine is bundled as the extension injects it, and run with axe off.
 */
const repoRoot = path.resolve(import.meta.dirname, '../..');
const shared = path.join(SHARED_DIR, 'fixtures');
for (const dir of ['govuk-frontend', 'dsfr']) {
  if (!existsSync(path.join(shared, dir))) throw new Error(`Missing shared fixtures: ${path.join(shared, dir)} (see ../shared/README.md)`);
}

const LANGUAGE_RULES = ['long-sentence', 'hard-text-block', 'admin-jargon', 'unexplained-acronym', 'passive-instruction', 'block-capitals', 'vague-link-text', 'number-in-words', 'inclusive-median-dot'];

/** Short, plain GOV.UK question pages: one question, a hint, a button. */
const PLAIN_QUESTION_PAGES = [
  'what-is-your-nationality.html',
  'what-is-your-address.html',
  'what-is-your-postcode.html',
  'what-was-the-last-country-you-visited.html',
  'have-you-changed-your-name.html',
  'passport-details.html',
  'how-do-you-want-to-sign-in.html',
];
const GOVUK_CONTENT_PAGES = ['start-page.html', 'travel-guidance.html', 'child-maintenance.html', 'product-page.html', 'service-manual-topic.html'];
const DSFR_PAGES = [
  'example/layout/page/login/1-default/index.html',
  'example/layout/page/register/1-single/index.html',
  'example/layout/pattern/address/index.html',
  'example/layout/pattern/name/index.html',
  'example/component/upload/index.html',
  'example/component/alert/index.html',
  'example/component/stepper/index.html',
];

interface Found {
  rule: string;
  bucket: 'violations' | 'incomplete';
  message: string;
  /** Whether the target resolves to an element, and whether that element sits in a code sample. */
  resolved: boolean;
  inCode: boolean;
}
interface PageResult {
  found: Found[];
  errors: { ruleId: string; message: string }[];
  readability: { lang: string | null; words: number; score: number | null; level: Record<string, string> | null; hardest: unknown[] };
  text: string;
}

let browser: Browser;
let server: StaticServer;
let bundle: string;

beforeAll(async () => {
  const out = await build({ entryPoints: [path.join(repoRoot, 'src/engine/index.ts')], bundle: true, format: 'iife', globalName: '__baliseEngine', write: false, logLevel: 'silent' });
  bundle = out.outputFiles[0]!.text;
  server = await startStaticServer({ mounts: [{ prefix: '/govuk/', dir: path.join(shared, 'govuk-frontend') }, { prefix: '/dsfr/', dir: path.join(shared, 'dsfr') }] });
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: TEST_CHROMIUM_ARGS,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function audit(url: string, lang: 'fr' | 'en'): Promise<PageResult> {
  const page: Page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: bundle });
    return await page.evaluate(
      async ({ lang, ruleIds }) => {
        const engine = (window as unknown as { __baliseEngine: { runAudit: Function; resolveTarget: Function } }).__baliseEngine;
        const result = await engine.runAudit(document, { lang, axe: false });
        const found = [];
        for (const bucket of ['violations', 'incomplete'] as const) {
          for (const r of result[bucket]) {
            if (!ruleIds.includes(r.id)) continue;
            for (const n of r.nodes) {
              const el = engine.resolveTarget(document, n.target) as Element | null;
              found.push({ rule: r.id, bucket, message: n.failureSummary ?? '', resolved: el !== null, inCode: el?.closest('pre, code') != null });
            }
          }
        }
        return { found, errors: result.errors, readability: result.metrics.readability, text: document.body.innerText };
      },
      { lang, ruleIds: LANGUAGE_RULES },
    );
  } finally {
    await page.close();
  }
}

describe('plain-language analysis on GOV.UK and DSFR pages (Chromium)', () => {
  it('does not flag short, plain GOV.UK question pages as hard', async () => {
    for (const file of PLAIN_QUESTION_PAGES) {
      const r = await audit(`${server.origin}/govuk/${file}`, 'en');
      expect(r.errors, file).toEqual([]);
      expect(r.readability.lang, file).toBe('en');
      expect(r.found.filter((f) => f.rule === 'hard-text-block'), file).toEqual([]);
      expect(r.found.filter((f) => f.rule === 'long-sentence' && f.bucket === 'violations'), file).toEqual([]);
      expect(r.found.filter((f) => f.bucket === 'violations'), file).toEqual([]);
    }
  });

  it('finds real plain-language issues on GOV.UK content pages, pointing at the page', async () => {
    const all: Found[] = [];
    for (const file of GOVUK_CONTENT_PAGES) {
      const r = await audit(`${server.origin}/govuk/${file}`, 'en');
      expect(r.errors, file).toEqual([]);
      expect(r.readability.words, file).toBeGreaterThan(30);
      for (const f of r.found) expect(f.resolved, `${file} ${f.rule}`).toBe(true);
      all.push(...r.found);
    }
    expect(all.length).toBeGreaterThan(0);
    console.info('GOV.UK content pages:', countByRule(all));
  });

  it('finds plain-language issues on DSFR pages, never in their code samples', async () => {
    const all: Found[] = [];
    for (const file of DSFR_PAGES) {
      const r = await audit(`${server.origin}/dsfr/${file}`, 'fr');
      expect(r.errors, file).toEqual([]);
      expect(r.readability.lang, file).toBe('fr');
      for (const f of r.found) {
        expect(f.resolved, `${file} ${f.rule}`).toBe(true);
        expect(f.inCode, `${file} ${f.rule}: ${f.message}`).toBe(false);
      }
      all.push(...r.found);
    }
    expect(all.length).toBeGreaterThan(0);
    console.info('DSFR pages:', countByRule(all));
  });
});

function countByRule(found: readonly Found[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of found) counts[`${f.rule}/${f.bucket}`] = (counts[`${f.rule}/${f.bucket}`] ?? 0) + 1;
  return counts;
}

