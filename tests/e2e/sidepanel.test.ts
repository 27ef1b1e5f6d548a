import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Browser } from '@wxt-dev/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportReport } from '../../src/report/export';
import { recordReport } from '../../src/report/record/record-report';
import { axeViolationsIn } from './axe-in-page';
import { launchExtension, REPO_ROOT, setLangSetting, type ExtensionSession } from './harness';
import { JOURNEY_DIR, openPanel, startRecord, STEP_TIMEOUT, stepItems, stopRecord, storedRecords, waitForEntry } from './sidepanel-driver';

/**
 * The recorder's side panel when things go sideways (the panel closed, another site, a screen
 * that cannot be audited, a pause, a full storage, a browser restart), and for a person who uses only the
 * keyboard, in French, checked by axe.
 * Site access to 127.0.0.1 is granted in the profile (see recording.test.ts); a refused access
 * is checked on the panel itself (src/ui/sidepanel/sidepanel-app.test.tsx): headless Chromium
 * cannot answer the browser's prompt.
 * BALISE_SCREENSHOT=1 also refreshes .docs/sidepanel.png, taken during the keyboard record.
 */
declare const chrome: typeof Browser;

let ext: ExtensionSession;

beforeAll(async () => {
  ext = await launchExtension({
    siteAccess: ['http://127.0.0.1/*'],
    mounts: [{ prefix: '/journey/', dir: JOURNEY_DIR }],
    server: { broken: ['/journey/down'] },
  });
  await setLangSetting(ext, 'fr');
});

afterAll(async () => ext?.close());

const journey = (file: string) => `${ext.server.origin}/journey/${file}`;

/** Opens the procedure's first screen and its side panel, and starts a record named `name` there. */
async function recordFromFirstScreen(name: string) {
  const tab = await ext.openTab(journey('step1.html'));
  const panel = await openPanel(ext, tab);
  await startRecord(panel, name);
  await waitForEntry(panel, 0, 'Vos coordonnées – Aide au logement');
  return { tab, panel };
}

describe('recorder side panel', () => {
  it('goes on without the panel, lists another site, keeps a screen that could not be audited with its error, records nothing while paused', async () => {
    const name = 'Détours (test)';
    const started = await recordFromFirstScreen(name);
    const tab = started.tab;
    let panel = started.panel;

    // The panel is closed meanwhile: the background records alone, and the panel shows it all again.
    await panel.close();
    await tab.page.goto(`${ext.otherServer.origin}/journey/step2.html`);
    await expect.poll(async () => (await storedRecords(ext)).byName(name).entries.length, { timeout: STEP_TIMEOUT }).toBe(2);
    panel = await openPanel(ext, tab);
    await waitForEntry(panel, 0, 'Vos coordonnées – Aide au logement');
    await waitForEntry(panel, 1, `A quitté le site de la démarche (${ext.otherServer.origin}) : non analysé.`);

    // The site is down for one screen: the browser shows its error page, which cannot be audited.
    await tab.page.goto(journey('down')).catch(() => undefined);
    await waitForEntry(panel, 2, `Écran non analysé : ${journey('down')}`);

    await tab.page.goto(journey('step2.html'));
    await waitForEntry(panel, 3, 'Justificatif de domicile – Aide au logement');

    // Paused: the screens seen meanwhile are not recorded; resuming records the screen the person is on.
    await panel.getByRole('button', { name: 'Mettre en pause' }).click();
    await panel.getByText("En pause : rien n’est relevé.", { exact: true }).waitFor({ timeout: STEP_TIMEOUT });
    await tab.page.goto(journey('step3.html'));
    await tab.page.goto(journey('confirmation.html'));
    await panel.getByRole('button', { name: 'Reprendre le relevé' }).click();
    await waitForEntry(panel, 4, 'Demande envoyée – Aide au logement');
    await stopRecord(panel);
    expect(await stepItems(panel).count()).toBe(5);
    await expect(stepItems(panel).nth(2).locator('.steps__meta').textContent()).resolves.toBe("La page ne s’est pas affichée (site indisponible ou connexion coupée).");

    const record = (await storedRecords(ext)).byName(name);
    expect(record.entries.map((e) => e.kind)).toEqual(['step', 'left-site', 'failed', 'step', 'step']);
    const failed = record.entries[2]!;
    expect(failed).toMatchObject({ kind: 'failed', url: journey('down') });
    expect(failed.kind === 'failed' && failed.error.length > 0).toBe(true);
    expect(record.entries[1]).toMatchObject({ kind: 'left-site', origin: ext.otherServer.origin });
    // One numbering for the panel and the report, as for the command line: the failed screen is
    // step 2, the screen of another site is no step.
    expect(await stepItems(panel).evaluateAll((items) => items.map((li) => li.getAttribute('value')))).toEqual(['1', null, '2', '3', '4']);
    const report = recordReport(record)!;
    const procedure = report.journey!;
    expect(procedure.steps.map((s) => [s.index, s.title])).toEqual([[0, 'Vos coordonnées – Aide au logement'], [2, 'Justificatif de domicile – Aide au logement'], [3, 'Demande envoyée – Aide au logement']]);
    const { kind: _, ...failedScreen } = failed;
    expect(procedure.failedSteps).toEqual([{ index: 1, ...failedScreen }]);
    expect(procedure.metrics).toMatchObject({ lowerBound: true, steps: { recorded: 3, notChecked: [1] } });
    // The end was seen, with its file number: the receipt stays a certain pass.
    expect(procedure.passes.map((r) => r.id)).toContain('no-acknowledgement');
    expect(exportReport(report, 'md').content).toContain(`2. **Non vérifiée** : la page ne s’est pas affichée (site indisponible ou connexion coupée). (${journey('down')})`);
    await panel.close();
    await tab.page.close();
  });

  it('ends on a screen that did not load: the report page lists it in its place, and the missing receipt is to check, not certain', async () => {
    const name = 'Fin manquée (test)';
    const { tab, panel } = await recordFromFirstScreen(name);
    await tab.page.goto(journey('step2.html'));
    await waitForEntry(panel, 1, 'Justificatif de domicile – Aide au logement');
    await tab.page.goto(journey('down')).catch(() => undefined);
    await waitForEntry(panel, 2, `Écran non analysé : ${journey('down')}`);
    await stopRecord(panel);
    // The panel's summary says its numbers are minimums, as the report page does.
    await expect.poll(() => panel.locator('.finished').textContent(), { timeout: STEP_TIMEOUT }).toContain('1 écran n’a pas pu être vérifié : ces nombres sont des minimums.');

    const { index, byName } = await storedRecords(ext);
    const record = byName(name);
    expect(record.entries.map((e) => e.kind)).toEqual(['step', 'step', 'failed']);
    // The list of records counts the steps as the report does, the failed one included.
    expect(index.find((r) => r.name === name)).toMatchObject({ status: 'stopped', steps: 3 });
    const report = recordReport(record)!;
    expect(report.journey!.failedSteps?.map((s) => s.index)).toEqual([2]);
    expect(report.journey!.violations.map((r) => r.id)).not.toContain('no-acknowledgement');
    const endNotSeen = 'La fin de la démarche n’a pas été vue : l’étape 3 n’a pas pu être vérifiée. On ne sait pas si un numéro de dossier ou un accusé de réception est donné. Vérifiez la fin de la démarche à la main.';
    expect(report.journey!.incomplete.find((r) => r.id === 'no-acknowledgement')?.nodes.map((n) => n.failureSummary)).toEqual([endNotSeen]);

    // The report page, opened from storage as the panel opens it.
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/report.html?record=${index.find((r) => r.name === name)!.id}`);
    await expect.poll(() => page.locator('#report-title').textContent(), { timeout: STEP_TIMEOUT }).toContain(name);
    const steps = page.locator('#metrics ol.steps > li');
    expect(await steps.evaluateAll((items) => items.map((li) => [li.getAttribute('value'), li.textContent]))).toEqual([
      ['1', 'Vos coordonnées – Aide au logement'],
      ['2', 'Justificatif de domicile – Aide au logement'],
      ['3', `Non vérifiée : la page ne s’est pas affichée (site indisponible ou connexion coupée). ${journey('down')}`],
    ]);
    expect(await page.locator('#summary .note').textContent()).toMatch(/^Une étape n’a pas pu être vérifiée/);
    // The counts are minimums: the step not checked may hold more fields.
    expect(await page.locator('[data-indicator="steps"] .indicator__value').textContent()).toBe('au moins 2');
    expect(await page.locator('[data-indicator="fields"] .indicator__value').textContent()).toMatch(/^au moins \d+$/);
    await page.getByText(endNotSeen).first().waitFor({ timeout: STEP_TIMEOUT });
    expect(await axeViolationsIn(page)).toEqual([]);
    await page.close();
    await panel.close();
    await tab.page.close();
  });

  it('says when the browser storage is full, keeps what was saved, and goes on once there is room', async () => {
    const name = 'Stockage plein (test)';
    const { tab, panel } = await recordFromFirstScreen(name);

    // Old data fill the extension's storage until the next screen no longer fits.
    await ext.evaluate(async () => {
      const used = await chrome.storage.local.getBytesInUse(null);
      await chrome.storage.local.set({ filler: 'x'.repeat(chrome.storage.local.QUOTA_BYTES - used - 3000) });
    }, undefined);
    await tab.page.fill('#nom', 'Durand');
    await tab.page.fill('#courriel', 'durand@example.org');
    await Promise.all([tab.page.waitForURL(/step2\.html/, { timeout: STEP_TIMEOUT }), tab.page.click('button[type=submit]')]);
    await panel.getByText(/l’espace de stockage du navigateur est plein : les étapes déjà relevées sont gardées/).waitFor({ timeout: STEP_TIMEOUT });
    const kept = (await storedRecords(ext)).byName(name);
    expect(kept).toMatchObject({ status: 'paused', pausedBecause: 'storage-full' });
    expect(kept.entries.map((e) => e.kind === 'step' && e.step.title)).toEqual(['Vos coordonnées – Aide au logement']);

    // Room is made (old records deleted): resuming records the screen the person is on.
    await ext.evaluate(() => chrome.storage.local.remove('filler'), undefined);
    await panel.getByRole('button', { name: 'Reprendre le relevé' }).click();
    await waitForEntry(panel, 1, 'Justificatif de domicile – Aide au logement');
    await stopRecord(panel);
    await panel.close();
    await tab.page.close();
  });

  it('keeps every step through a browser restart, and resumes in the new tab', async () => {
    const name = 'Redémarrage (test)';
    const { tab, panel } = await recordFromFirstScreen(name);
    await tab.page.fill('#nom', 'Durand');
    await tab.page.fill('#courriel', 'durand@example.org');
    await Promise.all([tab.page.waitForURL(/step2\.html/, { timeout: STEP_TIMEOUT }), tab.page.click('button[type=submit]')]);
    await waitForEntry(panel, 1, 'Justificatif de domicile – Aide au logement');

    await ext.restart();
    // Its tab is gone with the old browser: the record waits, paused, with all its steps.
    await expect.poll(async () => (await storedRecords(ext)).byName(name).pausedBecause, { timeout: STEP_TIMEOUT }).toBe('browser-restarted');
    expect((await storedRecords(ext)).byName(name).entries).toHaveLength(2);

    const again = await ext.openTab(journey('step3.html'));
    const reopened = await openPanel(ext, again);
    await reopened.getByText(/le navigateur a redémarré ; reprenez dans l’onglet de la démarche/).waitFor({ timeout: STEP_TIMEOUT });
    await waitForEntry(reopened, 1, 'Justificatif de domicile – Aide au logement');
    await reopened.getByRole('button', { name: 'Reprendre le relevé' }).click();
    await waitForEntry(reopened, 2, 'Votre e-mail – Aide au logement');
    await stopRecord(reopened);
    expect((await storedRecords(ext)).byName(name)).toMatchObject({ status: 'stopped', tabId: again.tabId });
    await reopened.close();
    await again.page.close();
  });

  it('is usable with the keyboard alone, and passes axe in French before, during and after a record', async () => {
    const name = 'Aide au logement';
    const tab = await ext.openTab(journey('step1.html'));
    const panel = await openPanel(ext, tab);
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('fr');
    await expectNoAxeViolation(panel);

    await tabTo(panel, /^Nom de la démarche/);
    await panel.keyboard.type(name);
    await tabTo(panel, 'Commencer le relevé');
    await panel.keyboard.press('Enter');
    // The Start button went away: focus goes to the record that replaced it.
    await expectFocusOn(panel, name);
    await waitForEntry(panel, 0, 'Vos coordonnées – Aide au logement');
    await tab.page.fill('#nom', 'Durand');
    await tab.page.fill('#courriel', 'durand@example.org');
    await Promise.all([tab.page.waitForURL(/step2\.html/, { timeout: STEP_TIMEOUT }), tab.page.click('button[type=submit]')]);
    await waitForEntry(panel, 1, 'Justificatif de domicile – Aide au logement');
    await expectNoAxeViolation(panel);

    await tabTo(panel, 'Ajouter une observation');
    await panel.keyboard.press('Enter');
    await expectFocusOn(panel, "Nouvelle observation sur l’étape actuelle");
    await tabTo(panel, "Document numérisé exigé pour continuer");
    await panel.keyboard.press('Enter');
    await tabTo(panel, /^Note \(facultatif\)/);
    await panel.keyboard.press('ControlOrMeta+A');
    await panel.keyboard.type('Scanner en panne, rappeler au 06 12 34 56 78');
    await tabTo(panel, "Enregistrer l’observation");
    await panel.keyboard.press('Enter');
    await expect(panel.getByRole('alert').textContent({ timeout: STEP_TIMEOUT })).resolves.toContain('numéro de téléphone');
    await expectNoAxeViolation(panel);
    await tabTo(panel, 'Modifier la note', 'backwards');
    await panel.keyboard.press('Enter');
    await expectFocusOn(panel, /^Note \(facultatif\)/);
    await panel.keyboard.press('ControlOrMeta+A');
    await panel.keyboard.type("Le scanner de l'accueil ne marchait pas");
    await tabTo(panel, "Enregistrer l’observation");
    await panel.keyboard.press('Enter');
    await panel.locator('ul.observations li').getByText("Le scanner de l'accueil ne marchait pas").waitFor({ timeout: STEP_TIMEOUT });
    await expectFocusOn(panel, 'Ajouter une observation');
    if (process.env.BALISE_SCREENSHOT) {
      await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await panel.screenshot({ path: path.join(REPO_ROOT, '.docs/sidepanel.png'), fullPage: true });
    }

    await tabTo(panel, 'Arrêter le relevé', 'backwards');
    await panel.keyboard.press('Enter');
    await panel.getByText(/^Relevé terminé/).waitFor({ timeout: STEP_TIMEOUT });
    await expectFocusOn(panel, /^Relevé terminé : 2 écrans,/);
    await expectNoAxeViolation(panel);
    const record = (await storedRecords(ext)).byName(name);
    expect(record.observations).toEqual([expect.objectContaining({ barrier: 'document-upload', text: "Le scanner de l'accueil ne marchait pas", stepIndex: 1 })]);

    // Deleting asks first, and is done from the keyboard too.
    await tabTo(panel, `Supprimer « ${name} »`);
    await panel.keyboard.press('Enter');
    await tabTo(panel, 'Oui, supprimer');
    await panel.keyboard.press('Enter');
    await expect.poll(async () => (await storedRecords(ext)).index.some((r) => r.name === name), { timeout: STEP_TIMEOUT }).toBe(false);
    await expectFocusOn(panel, /^(Relevés enregistrés|Relevé de la démarche)$/);
    await panel.close();
    await tab.page.close();
  });
});

async function expectNoAxeViolation(page: Page): Promise<void> {
  const violations = await axeViolationsIn(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

/** What a screen reader would call the focused element: its label, its text, or its aria-label. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return '';
    const labelled = (element as HTMLInputElement).labels?.[0];
    const name = element.getAttribute('aria-label') ?? (labelled ? (labelled.querySelector('span')?.textContent ?? labelled.textContent) : element.textContent);
    return (name ?? '').replace(/\s+/g, ' ').trim();
  });
}

async function expectFocusOn(page: Page, name: string | RegExp): Promise<void> {
  const matches = (value: string) => (typeof name === 'string' ? value === name : name.test(value));
  await expect.poll(async () => matches(await focusedName(page)), { timeout: STEP_TIMEOUT, message: `focus should be on "${name}", is on "${await focusedName(page)}"` }).toBe(true);
}

/** Presses Tab (or Shift+Tab) until the control is focused: it must be reachable from the keyboard. */
async function tabTo(page: Page, name: string | RegExp, direction: 'forwards' | 'backwards' = 'forwards'): Promise<void> {
  const seen: string[] = [];
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press(direction === 'forwards' ? 'Tab' : 'Shift+Tab');
    const focused = await focusedName(page);
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
    seen.push(focused);
  }
  throw new Error(`"${name}" cannot be reached with the keyboard; focus went through: ${JSON.stringify(seen)}`);
}
