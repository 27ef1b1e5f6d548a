import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/model';
import { launchExtension, readTabRecord, runAuditFromPopup, setLangSetting, type ExtensionSession } from './harness';

let ext: ExtensionSession;
beforeAll(async () => {
  ext = await launchExtension({ server: { headers: { '/e2e/strict-csp.html': { 'content-security-policy': "script-src 'none'" } } } });
  await setLangSetting(ext, 'fr');
});
afterAll(async () => ext?.close());

/** Audits a page through the popup; each of these pages has one image without a text alternative. */
async function auditImageAlt(path: string) {
  const tab = await ext.openTab(`${ext.server.origin}${path}`);
  const popup = await ext.openPopupFor(tab);
  expect(await runAuditFromPopup(popup)).toBe('done');
  const { report } = (await readTabRecord(ext, tab.tabId)) as { report: Report };
  expect(report.pages[0]!.violations.map((rule) => rule.id)).toContain('image-alt');
  return tab;
}

describe('pages that make auditing hard', () => {
  it('audits a page whose own scripts throw while loading', async () => {
    await auditImageAlt('/e2e/throws-on-load.html');
  });

  it('audits a page whose CSP forbids every script (script-src \'none\')', async () => {
    const tab = await auditImageAlt('/e2e/strict-csp.html');
    // The policy was really in force: the page's own inline script never ran.
    expect(await tab.page.title()).toBe('Page avec une politique de sécurité stricte');
  });

  it('audits a page that breaks its globals (window.axe, Array.prototype.map)', async () => {
    const tab = await auditImageAlt('/e2e/tampered.html');
    // The page really is broken for its own scripts; the audit ran in the extension's isolated world.
    expect(await tab.page.evaluate(() => { try { [1].map((x) => x); return 'map works'; } catch { return 'map throws'; } })).toBe('map throws');
  });
});
