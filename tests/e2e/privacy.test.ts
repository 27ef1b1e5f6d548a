import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/model';
import { dumpStorage, launchExtension, readTabRecord, runAuditFromPopup, setLangSetting, type ExtensionSession } from './harness';

// Planted in the page's fields (SEED), typed after load (TYPED), and as an uploaded file's name (FILE).
const SENTINELS = /sentinel_(seed|typed|file)/i;

let ext: ExtensionSession;
beforeAll(async () => {
  ext = await launchExtension();
  await setLangSetting(ext, 'fr');
});
afterAll(async () => ext?.close());

describe('privacy', () => {
  it('keeps nothing a person typed, chose or uploaded, anywhere in the extension\'s storage', async () => {
    const tab = await ext.openTab(`${ext.server.origin}/e2e/privacy.html`);
    await tab.page.fill('#tape', 'SENTINEL_TYPED_9823');
    await tab.page.fill('#tape-sans-label', 'SENTINEL_TYPED_9823 bis');
    await tab.page.locator('#note').pressSequentially(' SENTINEL_TYPED_9823');
    await tab.page.setInputFiles('#piece', { name: 'SENTINEL_FILE_5521-avis-imposition.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    // The page does hold them: a leak would be possible.
    expect(await tab.page.evaluate(() => (document.getElementById('piece') as HTMLInputElement).files?.[0]?.name)).toContain('SENTINEL_FILE');

    const popup = await ext.openPopupFor(tab);
    expect(await runAuditFromPopup(popup)).toBe('done');

    // The audit did look at those fields: unlabelled ones are reported with their markup.
    const { report } = (await readTabRecord(ext, tab.tabId)) as { report: Report };
    const labelNodes = report.pages[0]!.violations.filter((rule) => rule.id === 'label').flatMap((rule) => rule.nodes);
    expect(labelNodes.length).toBeGreaterThanOrEqual(4);

    const stored = JSON.stringify(await dumpStorage(ext));
    if (process.env.DBG) for (const m of stored.matchAll(/.{300}sentinel_(seed|typed|file).{100}/gi)) console.log(m[0]);
    expect(stored.length).toBeGreaterThan(1000);
    expect(stored.match(SENTINELS)?.[0] ?? null).toBeNull();
    expect((await popup.locator('body').innerText()).match(SENTINELS)?.[0] ?? null).toBeNull();
  });
});
