import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, REPO_ROOT, runAuditFromPopup, setLangSetting, type ExtensionSession } from './harness';

/**
 * Not checks: refresh the README's pictures of the popup. Run them on purpose:
 * BALISE_SCREENSHOT=1 npx vitest run tests/e2e/popup-screenshot.test.ts
 */
describe.skipIf(!process.env.BALISE_SCREENSHOT)('popup screenshot', () => {
  let ext: ExtensionSession;
  beforeAll(async () => {
    // The readability picture needs French administrative prose in blocks of 30 words or more:
    // the W3C page has none, the hard-text-block rule page has one very hard and one plain.
    ext = await launchExtension({ mounts: [{ prefix: '/rules/', dir: path.join(REPO_ROOT, 'tests/fixtures/rules') }] });
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

  it('writes .docs/popup-readability.png', async () => {
    const tab = await ext.openTab(`${ext.server.origin}/rules/hard-text-block.html`);
    const popup = await ext.openPopupFor(tab);
    expect(await runAuditFromPopup(popup)).toBe('done');
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const section = popup.getByRole('region', { name: /Lisibilité|Readability/ });
    await expect(section.getByTestId('readability-level').textContent()).resolves.toBe('très difficile : niveau universitaire');
    // Hardest first: the administrative sentence, then the plain explanation.
    const blocks = section.getByTestId('readability-block');
    await expect(blocks.count()).resolves.toBe(2);
    await expect(blocks.first().textContent()).resolves.toMatch(/^très difficile.*Conformément aux dispositions/);
    await expect(blocks.last().textContent()).resolves.toMatch(/^très facile.*Vous avez un enfant/);
    expect(await blocks.last().isVisible()).toBe(true);
    await section.screenshot({ path: path.join(REPO_ROOT, '.docs/popup-readability.png') });
  });
});
