import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heavyFormPage } from './heavy-page';
import { launchExtension, readTabRecord, runAuditFromPopup, setLangSetting, writeTabRecord, type ExtensionSession } from './harness';

let ext: ExtensionSession;
beforeAll(async () => {
  ext = await launchExtension({ server: { generated: { '/e2e/generated/heavy.html': () => heavyFormPage() } } });
  await setLangSetting(ext, 'fr');
});
afterAll(async () => ext?.close());

const heavyUrl = () => `${ext.server.origin}/e2e/generated/heavy.html`;

/** Waits until the background has stored the audit as running: it really started. */
async function waitUntilRunning(tabId: number) {
  await expect.poll(async () => ((await readTabRecord(ext, tabId)) as { status?: string } | undefined)?.status, { timeout: 10_000 }).toBe('running');
}

describe('audit lifecycle', () => {
  it('keeps the last results when the popup closes and the service worker is stopped', async () => {
    const tab = await ext.openTab(`${ext.server.origin}/e2e/highlight.html`);
    let popup = await ext.openPopupFor(tab);
    expect(await runAuditFromPopup(popup)).toBe('done');
    const total = await popup.getByTestId('total-violations').textContent();
    await popup.close();

    await ext.killServiceWorker();

    popup = await ext.openPopupFor(tab);
    await popup.locator('#results-heading').waitFor();
    expect(await popup.getByTestId('total-violations').textContent()).toBe(total);
    // A new worker answers the next request: highlighting still works from the stored audit.
    await popup.getByRole('button', { name: /^Montrer sur la page/ }).first().click();
    await tab.page.locator('[data-balise-ui]').waitFor({ state: 'attached' });
    expect(await ext.serviceWorkerRunning()).toBe(true);
    await popup.close();
    await tab.page.close();
  });

  it('shows an audit left "running" for more than two minutes as failed, and can start again', async () => {
    const tab = await ext.openTab(`${ext.server.origin}/e2e/highlight.html`);
    // What a worker stopped mid-audit leaves behind: a "running" record nothing will finish.
    await writeTabRecord(ext, tab.tabId, { status: 'running', startedAt: new Date(Date.now() - 3 * 60_000).toISOString() });

    const popup = await ext.openPopupFor(tab);
    await expect(popup.getByRole('alert').textContent()).resolves.toContain("L’analyse s’est arrêtée avant la fin");
    expect(await popup.getByRole('button', { name: 'Analyser cette page' }).getAttribute('aria-disabled')).toBe('false');
    expect(await runAuditFromPopup(popup)).toBe('done');
    await popup.close();
    await tab.page.close();
  });

  it('never stays "running" when the tab is closed during the audit', async () => {
    const tab = await ext.openTab(heavyUrl());
    const popup = await ext.openPopupFor(tab);
    await popup.getByRole('button', { name: 'Analyser cette page' }).click();
    await waitUntilRunning(tab.tabId);
    await tab.page.close();

    await expect(popup.getByRole('alert').textContent({ timeout: 60_000 })).resolves.toContain("L’onglet a été fermé pendant l’analyse");
    // Nothing is kept for a tab that is gone, not even a "running" record.
    await expect.poll(() => readTabRecord(ext, tab.tabId), { timeout: 10_000 }).toBeUndefined();
    await popup.close();
  });

  it('says the audit stopped when the service worker is killed during it', async () => {
    const tab = await ext.openTab(heavyUrl());
    const popup = await ext.openPopupFor(tab);
    await popup.getByRole('button', { name: 'Analyser cette page' }).click();
    await waitUntilRunning(tab.tabId);
    await ext.killServiceWorker();

    await expect(popup.getByRole('alert').textContent({ timeout: 30_000 })).resolves.toContain("L’analyse s’est arrêtée avant la fin");
    expect(await popup.getByRole('button', { name: 'Analyser cette page' }).getAttribute('aria-disabled')).toBe('false');
    await popup.close();
    await tab.page.close();
  });
});
