import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, REPO_ROOT, runAuditFromPopup, setLangSetting, type ExtensionSession } from './harness';

/**
 * Not a check: refreshes the README's picture of the popup after an audit of the W3C "before"
 * page. Run it on purpose: BALISE_SCREENSHOT=1 npx vitest run tests/e2e/popup-screenshot.test.ts
 */
describe.skipIf(!process.env.BALISE_SCREENSHOT)('popup screenshot', () => {
  let ext: ExtensionSession;
  beforeAll(async () => {
    ext = await launchExtension();
    await setLangSetting(ext, 'fr');
  });
  afterAll(async () => ext?.close());

  it('writes .docs/popup-results.png', async () => {
    const tab = await ext.openTab(`${ext.server.origin}/wai-bad/before/home.html`);
    const popup = await ext.openPopupFor(tab);
    expect(await runAuditFromPopup(popup)).toBe('done');
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await popup.screenshot({ path: path.join(REPO_ROOT, '.docs/popup-results.png') });
  });
});
