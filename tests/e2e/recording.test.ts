import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMetrics, Report } from '../../src/engine/model';
import { EXPORT_FORMATS, exportReport } from '../../src/report/export';
import { recordReport } from '../../src/report/record/record-report';
import type { ProcedureRecord } from '../../src/report/record/record-schema';
import { dumpStorage, launchExtension, setLangSetting, type ExtensionSession } from './harness';
import { JOURNEY_DIR, openPanel, startRecord, STEP_TIMEOUT, stepItems, stopRecord, storedRecords, waitForEntry } from './sidepanel-driver';
import { govukFlowPages, GOVUK_FLOW } from './govuk-flow';

/**
 * Records procedures through the side panel of the built extension, as a social worker would:
 * our own four-step form (form submissions, a file upload, a history-API screen, a worker
 * stopped in the middle, a visit to another site, an observation), and GOV.UK question pages
 * linked into a flow. The stored record, its journey report and the panel are checked.
 *
 * Site access: Playwright cannot click the browser's permission prompt, so the profile starts
 * with http://127.0.0.1/* granted, as a user who said yes would have it (launchExtension's
 * siteAccess); the panel sees the access (permissions.contains) and does not ask again.
 */
const SENTINEL = 'SENTINEL-7f3a9c';
const SENTINEL_EMAIL = 'sentinel-7f3a9c@example.org';
const FILE_NAME = `${SENTINEL}-justificatif.pdf`;
/** The confirmation page greets the person by name in its h1: page text, but theirs. */
const GREETED_NAME = 'Quentinelle';
const NOTE_EMAIL = 'marie.durand@example.net';

let ext: ExtensionSession;
let uploadDir: string;

beforeAll(async () => {
  const recap = () => readFileSync(path.join(JOURNEY_DIR, 'step3.html'), 'utf8');
  ext = await launchExtension({
    siteAccess: ['http://127.0.0.1/*'],
    mounts: [{ prefix: '/journey/', dir: JOURNEY_DIR }],
    // The history-API screen has an address of its own; reloading it shows the form again.
    server: { generated: { '/journey/recap': recap, ...govukFlowPages() } },
  });
  await setLangSetting(ext, 'fr');
  uploadDir = mkdtempSync(path.join(tmpdir(), 'balise-upload-'));
  writeFileSync(path.join(uploadDir, FILE_NAME), `%PDF-1.4 ${SENTINEL}\n`);
});

afterAll(async () => {
  await ext?.close();
  if (uploadDir) rmSync(uploadDir, { recursive: true, force: true });
});

const stepsOfRecord = (record: ProcedureRecord) => record.entries.flatMap((e) => (e.kind === 'step' ? [e.step] : []));
const journeyRuleIds = (report: Report | undefined) => [...(report?.journey?.violations ?? []), ...(report?.journey?.incomplete ?? [])].map((r) => r.id);

describe('recording a procedure from the side panel', () => {
  it('records our four-step form once per screen, through a stopped worker and another site, with an observation', async () => {
    const name = 'Aide au logement (test)';
    const tab = await ext.openTab(`${ext.server.origin}/journey/step1.html`);
    const panel = await openPanel(ext, tab);
    await expect(panel.locator('#why-access').textContent()).resolves.toContain(ext.server.origin);
    await startRecord(panel, name);
    await waitForEntry(panel, 0, 'Vos coordonnées – Aide au logement');

    // Step 1 -> 2: typed values (sentinels) go into the query string of a GET form.
    await tab.page.fill('#nom', SENTINEL);
    await tab.page.fill('#courriel', SENTINEL_EMAIL);
    await Promise.all([tab.page.waitForURL(/step2\.html/), tab.page.click('button[type=submit]')]);
    await waitForEntry(panel, 1, 'Justificatif de domicile – Aide au logement');
    const beforeKill = (await storedRecords(ext)).byName(name);
    expect(beforeKill.entries.map((e) => e.kind)).toEqual(['step', 'step']);

    // The worker is stopped in the middle: the next navigation wakes it, and nothing recorded is lost.
    await ext.killServiceWorker();
    await tab.page.setInputFiles('#justificatif', path.join(uploadDir, FILE_NAME));
    await Promise.all([tab.page.waitForURL(/step3\.html/), tab.page.click('button[type=submit]')]);
    await waitForEntry(panel, 2, 'Votre e-mail – Aide au logement');

    // Step 3 -> summary through the history API (no page load).
    await tab.page.fill('#email2', SENTINEL_EMAIL);
    await tab.page.click('button[type=submit]');
    await tab.page.waitForURL(/\/journey\/recap$/);
    await waitForEntry(panel, 3, /Récapitulatif/);

    await Promise.all([tab.page.waitForURL(/confirmation\.html/), tab.page.getByRole('button', { name: 'Envoyer la demande' }).click()]);
    await waitForEntry(panel, 4, 'Demande envoyée – Aide au logement');

    // Another site: listed, not audited, and the panel says so.
    await tab.page.goto(`${ext.otherServer.origin}/journey/confirmation.html`);
    await waitForEntry(panel, 5, `A quitté le site de la démarche (${ext.otherServer.origin}) : non analysé.`);

    // An observation whose text holds an e-mail address: warned, not saved, edited, then saved.
    await panel.getByRole('button', { name: 'Ajouter une observation' }).click();
    await panel.getByRole('button', { name: 'Site en panne' }).click();
    await panel.getByLabel('Note (facultatif)').fill(`Réponse envoyée à ${NOTE_EMAIL} par erreur`);
    await panel.getByRole('button', { name: "Enregistrer l’observation" }).click();
    const alert = panel.getByRole('alert');
    await alert.waitFor({ timeout: STEP_TIMEOUT });
    await expect(alert.textContent()).resolves.toContain('adresse e-mail');
    expect((await storedRecords(ext)).byName(name).observations).toEqual([]);
    await panel.getByRole('button', { name: 'Modifier la note' }).click();
    await panel.getByLabel('Note (facultatif)').fill('Le site ne répondait plus à 11 h');
    await panel.getByRole('button', { name: "Enregistrer l’observation" }).click();
    await panel.locator('ul.observations li').getByText('Le site ne répondait plus à 11 h').waitFor({ timeout: STEP_TIMEOUT });

    await stopRecord(panel);
    expect(await stepItems(panel).count()).toBe(6);
    const download = panel.waitForEvent('download', { timeout: STEP_TIMEOUT });
    await panel.getByRole('button', { name: 'Exporter (JSON)' }).click();
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as Report;

    const { index, byName } = await storedRecords(ext);
    expect(index.find((r) => r.name === name)).toMatchObject({ status: 'stopped', steps: 5 });
    const record = byName(name);
    const steps = stepsOfRecord(record);
    expect(steps.map((s) => s.title)).toEqual([
      'Vos coordonnées – Aide au logement',
      'Justificatif de domicile – Aide au logement',
      'Votre e-mail – Aide au logement',
      'Récapitulatif – Aide au logement',
      'Demande envoyée – Aide au logement',
    ]);
    expect(record.entries.map((e) => e.kind)).toEqual(['step', 'step', 'step', 'step', 'step', 'left-site']);
    // Redacted: the GET form's query string (typed values) is not kept.
    expect(steps[1]!.url).toBe(`${ext.server.origin}/journey/step2.html`);
    expect(steps[3]!.url).toBe(`${ext.server.origin}/journey/recap`);
    expect(steps[3]!.headings).toContain('Récapitulatif de votre demande');
    expect(steps[4]!.headings).toContain('Madame […], votre demande a bien été envoyée');
    expect(steps.every((s) => typeof s.timeSpentMs === 'number')).toBe(true);
    // What was recorded before the worker stopped is still there, unchanged but for its time.
    expect(record.entries.slice(0, 2).map((e) => (e.kind === 'step' ? { ...e.step, timeSpentMs: 0 } : e))).toEqual(
      beforeKill.entries.map((e) => (e.kind === 'step' ? { ...e.step, timeSpentMs: 0 } : e)),
    );

    const report = recordReport(record)!;
    const journey = report.journey!;
    const metrics = journey.metrics as unknown as JourneyMetrics;
    expect(journey.steps).toHaveLength(5);
    // Each step's audit is in the journey only, not repeated as a page.
    expect(report.pages).toEqual([]);
    expect(metrics.steps).toMatchObject({ recorded: 5, distinctScreens: 5, formScreens: 4 });
    expect(metrics.fields).toMatchObject({ all: 4, required: 4 });
    expect(metrics.uploads).toBe(1);
    expect(metrics.effort).toMatchObject({ upload: { count: 1, seconds: 180 }, simple: { count: 3, seconds: 15 } });
    expect(metrics.requirements.email).toMatchObject({ met: true, certain: true });
    expect(metrics.navigation.summary.present).toBe(true);
    expect(metrics.navigation.acknowledgement).toMatchObject({ confirmation: true, reference: true });
    expect(metrics.stepIndicator).toMatchObject({ present: true, claimedTotals: [4] });
    // The e-mail asked on step 1 and again on step 3 (same autocomplete token): to check, as
    // Balise cannot see whether the second field was filled in from the first answer.
    const redundant = journey.incomplete.find((r) => r.id === 'redundant-entry');
    expect(redundant?.nodes.map((n) => n.evidence?.['step'])).toEqual([2]);
    expect(journeyRuleIds(report)).not.toContain('no-acknowledgement');
    expect(record.observations).toEqual([expect.objectContaining({ barrier: 'no-alternative-channel', text: 'Le site ne répondait plus à 11 h', stepIndex: 4 })]);
    expect(report.observations).toHaveLength(1);
    expect(exported.journey?.steps).toHaveLength(5);

    // The panel shows the figures and the journey findings.
    await expect(panel.locator('.finished').textContent()).resolves.toContain('5 écrans, 4 champs, 1 document à envoyer');
    expect(await panel.locator('.journey-findings li[data-rule="redundant-entry"]').count()).toBe(1);

    // Privacy: nothing typed, uploaded or noted as personal data is anywhere in storage or in any export.
    expectNoSecret(JSON.stringify(await dumpStorage(ext)), [SENTINEL, SENTINEL_EMAIL, FILE_NAME, NOTE_EMAIL, GREETED_NAME]);
    expectNoSecret(JSON.stringify(exported), [SENTINEL, SENTINEL_EMAIL, FILE_NAME, NOTE_EMAIL, GREETED_NAME]);
    for (const format of EXPORT_FORMATS) expectNoSecret(exportReport(report, format).content, [SENTINEL, SENTINEL_EMAIL, FILE_NAME, NOTE_EMAIL, GREETED_NAME]);
    expectSmall(record);
    await panel.close();
    await tab.page.close();
  });

  it('records GOV.UK question pages linked into a flow, and finds the e-mail asked twice and no acknowledgement', async () => {
    const name = 'GOV.UK flow (test)';
    const tab = await ext.openTab(`${ext.server.origin}${GOVUK_FLOW[0]!.path}`);
    const panel = await openPanel(ext, tab);
    await startRecord(panel, name);
    for (const [i, page] of GOVUK_FLOW.entries()) {
      await waitForEntry(panel, i, page.title);
      const next = GOVUK_FLOW[i + 1];
      if (!next) break;
      await page.fill?.(tab.page, { email: SENTINEL_EMAIL, text: SENTINEL, file: path.join(uploadDir, FILE_NAME) });
      await Promise.all([
        tab.page.waitForURL((url) => url.pathname === next.path, { timeout: STEP_TIMEOUT }).catch(() => {
          throw new Error(`Submitting ${page.path} did not lead to ${next.path} (the tab is at ${tab.page.url()})`);
        }),
        tab.page.locator('main form button[type=submit]').first().click({ timeout: STEP_TIMEOUT }),
      ]);
    }
    await stopRecord(panel);

    const record = (await storedRecords(ext)).byName(name);
    const steps = stepsOfRecord(record);
    expect(steps.map((s) => s.title)).toEqual(GOVUK_FLOW.map((p) => p.title));
    const report = recordReport(record)!;
    const metrics = report.journey!.metrics as unknown as JourneyMetrics;
    expect(metrics.steps).toMatchObject({ recorded: GOVUK_FLOW.length, distinctScreens: GOVUK_FLOW.length });
    expect(metrics.uploads).toBe(1);
    expect(metrics.fields.all).toBeGreaterThanOrEqual(8);
    expect(metrics.requirements.account.met).toBe(true);
    expect(metrics.navigation.summary).toMatchObject({ present: true, step: GOVUK_FLOW.length - 1 });
    expect(metrics.navigation.acknowledgement).toMatchObject({ confirmation: false, reference: false });
    const ids = journeyRuleIds(report);
    expect(ids).toContain('redundant-entry');
    expect(ids).toContain('no-acknowledgement');
    expectNoSecret(JSON.stringify(await dumpStorage(ext)), [SENTINEL, SENTINEL_EMAIL, FILE_NAME]);
    for (const format of EXPORT_FORMATS) expectNoSecret(exportReport(report, format).content, [SENTINEL, SENTINEL_EMAIL, FILE_NAME]);
    expectSmall(record);
    await panel.close();
    await tab.page.close();
  });
});

function expectNoSecret(text: string, secrets: readonly string[]): void {
  for (const secret of secrets) expect(text.includes(secret), `"${secret}" found`).toBe(false);
}

/** 30 steps must fit in 1 MB (the issue's budget): each stored step stays under a thirtieth of it. */
function expectSmall(record: ProcedureRecord): void {
  const bytes = Buffer.byteLength(`record:${record.id}${JSON.stringify(record)}`, 'utf8');
  const steps = stepsOfRecord(record).length;
  console.info(`[recording] ${record.name}: ${steps} steps, ${bytes} bytes stored (${Math.round(bytes / steps)} per step)`);
  expect(bytes / steps).toBeLessThan(1_000_000 / 30);
}
