import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { launchExtension, runAuditFromPopup, setLangSetting, type ExtensionSession, type Tab } from './harness';

// What axe itself says for image-alt in each language: the popup must show the one asked for.
const require = createRequire(import.meta.url);
const IMAGE_ALT_HELP = {
  fr: (require('axe-core/locales/fr.json') as { rules: Record<string, { help: string }> }).rules['image-alt']!.help,
  en: (require('axe-core/locales/_template.json') as { rules: Record<string, { help: string }> }).rules['image-alt']!.help,
};

let ext: ExtensionSession;
let tab: Tab;
beforeAll(async () => {
  ext = await launchExtension();
  await setLangSetting(ext, 'fr');
  tab = await ext.openTab(`${ext.server.origin}/e2e/highlight.html`);
});
afterAll(async () => ext?.close());

describe('popup', () => {
  it('speaks French, then English once the language select says so', async () => {
    const popup = await ext.openPopupFor(tab);
    // The setting is stored: put French back even if this test fails, or the next ones fail too.
    onTestFailed(async () => {
      if (popup.isClosed()) return;
      await popup.getByRole('combobox').selectOption('fr').catch(() => undefined);
      await popup.close();
    });
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await runAuditFromPopup(popup)).toBe('done');
    const finding = popup.locator('.findings--violations [data-rule="image-alt"]');
    await expect(finding.textContent()).resolves.toContain(IMAGE_ALT_HELP.fr);
    await expect(popup.getByRole('heading', { name: 'Résumé' }).count()).resolves.toBe(1);

    await popup.getByLabel('Langue').selectOption('en');
    await popup.getByRole('button', { name: 'Audit this page' }).waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect(popup.getByRole('heading', { name: 'Summary' }).count()).resolves.toBe(1);
    // The stored findings are still French until the audit runs again, and the popup says so.
    await expect(popup.getByText('These results were produced in another language').count()).resolves.toBe(1);

    expect(await runAuditFromPopup(popup)).toBe('done');
    await expect.poll(() => finding.textContent()).toContain(IMAGE_ALT_HELP.en);
    await expect(popup.getByText('These results were produced in another language').count()).resolves.toBe(0);
    await popup.getByLabel('Language').selectOption('fr');
    await popup.getByRole('button', { name: 'Analyser cette page' }).waitFor();
    await popup.close();
  });

  it('is usable with the keyboard alone: Tab reaches the button, Enter runs the audit', async () => {
    const popup = await ext.openPopupFor(tab);
    const focusOrder: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      await popup.keyboard.press('Tab');
      focusOrder.push(await popup.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.textContent?.slice(0, 30)}`));
    }
    expect(focusOrder[0]).toMatch(/^SELECT:/);
    expect(focusOrder[1]).toBe('BUTTON:Analyser cette page');
    // The focus ring is visible (not only the browser's default, which axe cannot judge).
    expect(await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    const before = await popup.$('#results-heading');
    await popup.keyboard.press('Enter');
    if (before) await popup.waitForFunction((element) => !element.isConnected, before);
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id), { timeout: 30_000 }).toBe('results-heading');
    await popup.close();
  });

  it('"Montrer sur la page" scrolls to the element and outlines it', async () => {
    const popup = await ext.openPopupFor(tab);
    await popup.locator('#results-heading').waitFor();
    expect(await tab.page.evaluate(() => window.scrollY)).toBe(0);
    // A finding about the whole page says so, instead of outlining the whole page.
    const pageWide = popup.locator('[data-rule="no-alternative-channel"]');
    await expect(pageWide.locator('.finding__where').textContent()).resolves.toBe('Concerne toute la page.');
    await expect(pageWide.getByRole('button').count()).resolves.toBe(0);
    await popup.locator('.findings--violations [data-rule="image-alt"]').getByRole('button', { name: /^Montrer sur la page/ }).first().click();

    await tab.page.locator('[data-balise-ui]').waitFor({ state: 'attached' });
    // The page is in view beside the popup, as for a person (a hidden tab does not animate).
    await tab.page.bringToFront();
    await expect
      .poll(() => tab.page.evaluate(() => {
        const box = document.getElementById('far-image')!.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }))
      .toBe(true);
    // The outline sits around that element, not somewhere else on the page.
    const [overlay, image] = await tab.page.evaluate(() =>
      ['[data-balise-ui]', '#far-image'].map((selector) => {
        const box = document.querySelector(selector)!.getBoundingClientRect();
        return { x: Math.round(box.x + window.scrollX), y: Math.round(box.y + window.scrollY) };
      }),
    );
    expect(Math.abs(overlay!.x - (image!.x - 4))).toBeLessThanOrEqual(1);
    expect(Math.abs(overlay!.y - (image!.y - 4))).toBeLessThanOrEqual(1);
    await popup.close();
  });
});
