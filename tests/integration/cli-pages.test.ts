import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema, type PageAudit } from '../../src/engine/model';
import { TOP_DOCUMENT_ONLY, auditOpenPage, auditPages, loadEngineBundle } from '../../src/cli/audit-page';
import { writeReport } from '../../src/cli/write-report';
import { EXPORT_FORMATS } from '../../src/report';
import { launchTestBrowser, repoRoot, startServer, type TestServer } from './cli-server';

/**
 * The CLI's library form on hostile and unusual pages: one Chromium for the file, pages served on
 * two 127.0.0.1 ports (two origins), each audited in the engine's isolated world.
 */
const BODY = `<main><h1>Formulaire</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20">
<form><input type="text" name="sans-etiquette"><label for="ok">Nom</label><input id="ok" type="text"></form></main>`;
const page = (head: string, body = BODY) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Test</title>${head}</head><body>${body}</body></html>`;

const TAMPER = `<script>
  window.axe = { run: () => Promise.resolve({ violations: [], incomplete: [], passes: [], inapplicable: [] }), version: '0.0.0' };
  Array.prototype.map = function () { return []; };
  Array.prototype.filter = function () { return []; };
  Array.prototype.push = function () { return 0; };
  Object.keys = function () { return []; };
  JSON.stringify = function () { return '{}'; };
  window.Promise = function () { throw new Error('no promises here'); };
  Element.prototype.querySelectorAll = function () { return []; };
  Document.prototype.querySelectorAll = function () { return []; };
  Element.prototype.getAttribute = function () { return null; };
</script>`;

const THROWS = `<script>throw new Error('page script failed');</script>
<script>window.addEventListener('load', () => { throw new Error('onload failed'); }); Promise.reject(new Error('unhandled'));</script>`;

/**
 * One field per line, as forms are laid out. (5,000 inline fields side by side make axe's
 * target-size rule quadratic: about 30 s for 1,000 fields, far more for 5,000.)
 */
function manyFields(count: number): string {
  const fields = Array.from({ length: count }, (_, i) =>
    i % 2 === 0 ? `<p><label for="f${i}">Champ ${i}</label><input id="f${i}" name="f${i}"></p>` : `<p><input name="f${i}"></p>`,
  ).join('\n');
  return page('', `<main><h1>Très long formulaire</h1><form>${fields}</form></main>`);
}

let browser: Browser;
let a: TestServer;
let b: TestServer;
let bundle: string;
let tab: Page;

beforeAll(async () => {
  b = await startServer({
    routes: { '/frame.html': () => ({ body: `<!doctype html><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="5" height="5"></main>` }) },
  });
  a = await startServer({
    routes: {
      '/clean.html': () => ({ body: page('') }),
      '/tampered.html': () => ({ body: page(TAMPER) }),
      '/csp.html': () => ({ body: page(''), headers: { 'content-security-policy': "default-src 'none'; script-src 'none'; style-src 'none'" } }),
      '/throws.html': () => ({ body: page(THROWS) }),
      '/many.html': () => ({ body: manyFields(5000) }),
      '/frames.html': () => ({
        body: page('', `${BODY}<iframe title="autre origine" src="${b.origin}/frame.html"></iframe><iframe title="cassé" src="http://127.0.0.1:1/"></iframe>`),
      }),
    },
  });
  [browser, bundle] = await Promise.all([launchTestBrowser(), loadEngineBundle()]);
  tab = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([a?.close(), b?.close()]);
});

async function audit(pathname: string): Promise<PageAudit> {
  await tab.goto(a.origin + pathname);
  return (await auditOpenPage(tab, bundle, { lang: 'fr' })).audit;
}

const shape = (audit: PageAudit) =>
  Object.fromEntries((['violations', 'incomplete', 'passes'] as const).map((key) => [key, audit[key].map((r) => `${r.id}:${r.nodes.length}`).sort()]));

describe('auditing hostile and unusual pages', () => {
  it('gives the same complete report when the page tampers with globals', async () => {
    const clean = await audit('/clean.html');
    const tampered = await audit('/tampered.html');
    expect(clean.violations.map((r) => r.id)).toEqual(expect.arrayContaining(['image-alt', 'label']));
    expect(shape(tampered)).toEqual(shape(clean));
    // The page really is tampered with in its own world.
    expect(await tab.evaluate(() => [1, 2].map((x) => x).length)).toBe(0);
  });

  it('audits a page whose Content-Security-Policy forbids every script', async () => {
    const clean = await audit('/clean.html');
    const strict = await audit('/csp.html');
    // Injection into the page's own world is refused by the policy...
    await expect(tab.addScriptTag({ content: 'window.injected = 1' })).rejects.toThrow();
    // ...the isolated world is not subject to it.
    expect(shape(strict)).toEqual(shape(clean));
  });

  it('audits a page whose scripts throw on load', async () => {
    const result = await audit('/throws.html');
    expect(result.violations.map((r) => r.id)).toEqual(expect.arrayContaining(['image-alt', 'label']));
    expect(result.errors).toEqual([]);
  });

  it('audits a page of 5,000 fields', async () => {
    const result = await audit('/many.html');
    expect(result.violations.find((r) => r.id === 'label')?.nodes).toHaveLength(2500);
    expect(result.metrics).toHaveProperty('fields');
  }, 300_000);

  it('audits a cross-origin frame and lists the frame that did not load', async () => {
    const result = await audit('/frames.html');
    expect(result.auditedFrames).toBe(2);
    const imageAlt = result.violations.find((r) => r.id === 'image-alt');
    const inFrame = imageAlt?.nodes.filter((node) => node.target.length === 2) ?? [];
    expect(inFrame).toHaveLength(1);
    expect(inFrame[0]!.target[0]).toMatch(/iframe/);
    expect(result.skippedFrames).toEqual([{ url: 'http://127.0.0.1:1/', reason: 'frame-not-loaded' }]);
    // The framed document has no title and no lang: axe checks those on the top document only.
    expect([...TOP_DOCUMENT_ONLY]).toEqual(expect.arrayContaining(['document-title', 'html-has-lang', 'bypass']));
    const framed = result.violations.flatMap((r) => r.nodes.filter((n) => n.target.length === 2).map(() => r.id));
    expect(framed).not.toContain('document-title');
    expect(framed).not.toContain('html-has-lang');
  });
});

describe('privacy', () => {
  const PLANTED = 'qzx-7731';
  const TYPED = 'wvk-4419';

  it('never puts a value, typed text or file name in any report file', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'balise-privacy-'));
    try {
      const upload = path.join(work, `SENTINEL-QZX-7731-bail.pdf`);
      writeFileSync(upload, '%PDF-1.4 sentinel');
      await tab.goto('file://' + path.join(repoRoot, 'tests/fixtures/privacy/sentinel.html'));
      await tab.setInputFiles('#piece', upload);
      await tab.fill('#saisie', 'TYPED-WVK-4419');
      await tab.fill('#remarque', 'TYPED-WVK-4419 et SENTINEL-QZX-7731');
      expect(await tab.inputValue('#saisie')).toBe('TYPED-WVK-4419');

      const report = await auditPages([tab], { lang: 'fr', bundle });
      const written = writeReport(report, path.join(work, 'out'), EXPORT_FORMATS);
      expect(written.map((file) => file.format)).toEqual([...EXPORT_FORMATS]);
      const files = written.map((file) => ({ format: file.format, text: readFileSync(file.path, 'utf8') }));
      const json = files.find((file) => file.format === 'json')!.text;
      ReportSchema.parse(JSON.parse(json));
      // The audit did look at these fields: the unlabelled ones are findings, by selector.
      for (const { format, text } of files) {
        expect(text, format).toContain('#saisie');
        expect(text.toLowerCase(), format).not.toContain(PLANTED);
        expect(text.toLowerCase(), format).not.toContain(TYPED);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
