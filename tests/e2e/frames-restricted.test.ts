import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/model';
import { launchExtension, readTabRecord, runAuditFromPopup, setLangSetting, type ExtensionSession } from './harness';

let ext: ExtensionSession;
beforeAll(async () => {
  ext = await launchExtension();
  await setLangSetting(ext, 'fr');
});
afterAll(async () => ext?.close());

const RESTRICTED_MESSAGE = 'Cette page ne peut pas être analysée';

describe('frames', () => {
  it('audits the same-origin frame, and lists the cross-origin one unless it was audited: never silently dropped', async () => {
    const tab = await ext.openTab(`${ext.server.origin}/e2e/frames.html`);
    const popup = await ext.openPopupFor(tab);
    expect(await runAuditFromPopup(popup)).toBe('done');
    const { report } = (await readTabRecord(ext, tab.tabId)) as { report: Report };
    const page = report.pages[0]!;
    const lastHop = (target: unknown[]) => JSON.stringify(target[target.length - 1]);

    // Inside the same-origin frame: a finding whose target goes through the frame.
    const buttonName = page.violations.find((rule) => rule.id === 'button-name');
    expect(buttonName?.nodes.some((node) => node.target.length === 2 && lastHop(node.target).includes('inner-nameless-button'))).toBe(true);
    await expect(popup.locator('.findings--violations [data-rule="button-name"]').count()).resolves.toBe(1);

    const crossUrl = `${ext.otherServer.origin}/e2e/frame-cross.html`;
    const crossAudited = page.violations.some((rule) => rule.nodes.some((node) => lastHop(node.target).includes('cross-image')));
    const crossListed = page.skippedFrames.some((frame) => frame.url === crossUrl);
    expect(crossAudited !== crossListed, `audited: ${crossAudited}, listed: ${crossListed}`).toBe(true);
    if (crossListed) {
      const section = popup.getByRole('region', { name: 'Parties de la page non analysées' });
      await expect(section.textContent()).resolves.toContain(crossUrl);
      await expect(section.textContent()).resolves.toContain("le navigateur n’autorise pas Balise à lire ce cadre");
    }
    console.info(`cross-origin frame: ${crossAudited ? 'audited' : 'listed as not audited'}`);
  });
});

describe('pages no extension may read', () => {
  it('says so plainly for a browser page (chrome://version)', async () => {
    const tab = await ext.openTab('chrome://version/');
    const popup = await ext.openPopupFor(tab);
    expect(await runAuditFromPopup(popup)).toBe('error');
    await expect(popup.getByRole('alert').textContent()).resolves.toContain(RESTRICTED_MESSAGE);
    expect(await readTabRecord(ext, tab.tabId)).toMatchObject({ status: 'error', error: 'restricted' });
  });

  it('says so for the extension\'s own pages', async () => {
    const tab = await ext.openTab(`chrome-extension://${ext.extensionId}/report.html`);
    const popup = await ext.openPopupFor(tab);
    expect(await runAuditFromPopup(popup)).toBe('error');
    await expect(popup.getByRole('alert').textContent()).resolves.toContain(RESTRICTED_MESSAGE);
  });
});
