import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/model';
import { SUMMARY_SENTENCES } from '../../src/report';
import { axeViolationsIn } from './axe-in-page';
import { dumpStorage, launchExtension, REPO_ROOT, runAuditFromPopup, setLangSetting, type ExtensionSession, type Tab } from './harness';

// The report page of the built extension, opened from the popup after a real audit of the
// sample procedure page (served with a query string that must never reach an export).
const SAMPLE = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/sample/demarche-exemple.html'), 'utf8');
const JOURNEY_FIXTURE = readFileSync(path.join(REPO_ROOT, 'tests/reports/fixtures/journey.report.json'), 'utf8');
const SECRET_QUERY = 'dossier=RP-48151623';

let ext: ExtensionSession;
let tab: Tab;
let report: Page;

async function openReportFromPopup(): Promise<Page> {
  const popup = await ext.openPopupFor(tab);
  expect(await runAuditFromPopup(popup)).toBe('done');
  const opened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('/report.html') });
  await popup.getByRole('button', { name: 'Voir le rapport complet' }).click();
  const page = await opened;
  await popup.close();
  await page.setViewportSize({ width: 1200, height: 1600 });
  await page.locator('#report-title').waitFor();
  return page;
}

beforeAll(async () => {
  ext = await launchExtension({ server: { generated: { '/sample/demarche.html': () => SAMPLE } } });
  await setLangSetting(ext, 'fr');
  tab = await ext.openTab(`${ext.server.origin}/sample/demarche.html?${SECRET_QUERY}`);
  report = await openReportFromPopup();
});
afterAll(async () => ext?.close());

describe('report page', () => {
  it('opens for the audited tab and puts the plain-words summary first, then each barrier with its findings', async () => {
    expect(new URL(report.url()).search).toBe(`?tab=${tab.tabId}`);
    expect(await report.evaluate(() => document.documentElement.lang)).toBe('fr');
    const lines = report.locator('#summary .summary-list > li');
    expect(await lines.count()).toBeGreaterThan(0);
    // The summary speaks of people and barriers, in the sentences the report model defines.
    const barriers = await lines.evaluateAll((items) => items.map((li) => li.getAttribute('data-barrier')!));
    const sentences = await report.locator('#summary .summary-list__sentence').allTextContents();
    expect(sentences).toEqual(barriers.map((b) => SUMMARY_SENTENCES.fr[b as keyof typeof SUMMARY_SENTENCES.fr]));
    expect(sentences.join(' ')).toContain(SUMMARY_SENTENCES.fr['account-required']);
    // Order on the page: summary, then barriers, then observations, measures and the appendix.
    const order = await report.locator('main > section[id], main > div > section[id]').evaluateAll((s) => s.map((x) => x.id));
    expect(order.slice(0, 5)).toEqual(['summary', 'barriers', 'observations', 'metrics', 'appendix']);
    for (const barrier of barriers) {
      const section = report.locator(`#barriers section[data-barrier="${barrier}"]`);
      expect(await section.count(), barrier).toBe(1);
      expect(await section.locator('article.finding').count(), barrier).toBeGreaterThan(0);
    }
    // Measures: numbers with their words; no overall grade anywhere.
    expect(await report.locator('#metrics [data-indicator="fields"] .indicator__value').textContent()).toMatch(/^\d+$/);
    await expect(report.locator('.report-head').getByText('Ce rapport ne donne pas de note globale').count()).resolves.toBe(1);
    // The technical appendix carries selectors and value-free HTML.
    expect(await report.locator('#appendix table.nodes code').count()).toBeGreaterThan(0);
  });

  it('passes axe-core (WCAG 2.2 A/AA, colour contrast included) and is usable with the keyboard', async () => {
    expect(await axeViolationsIn(report)).toEqual([]);
    await report.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await report.keyboard.press('Tab');
    expect(await report.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await report.keyboard.press('Enter');
    expect(await report.evaluate(() => document.activeElement?.id)).toBe('main');
    await report.keyboard.press('Tab');
    expect(await report.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
  });

  it("has a French summary that passes Balise's own plain-language rules", async () => {
    const bundle = await build({
      stdin: { contents: "import { runAudit, rules } from './src/engine'; (globalThis as any).__baliseEngine = { runAudit, rules };", resolveDir: REPO_ROOT, loader: 'ts' },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    await report.evaluate(bundle.outputFiles[0]!.text);
    const check = () => report.evaluate(async () => {
      type Found = Array<{ id: string; nodes: Array<{ target: string[]; html: string; failureSummary?: string }> }>;
      type Engine = { runAudit: (d: Document, o: object) => Promise<{ violations: Found; incomplete: Found }>; rules: Array<{ id: string; tags: readonly string[] }> };
      const engine = (globalThis as unknown as { __baliseEngine: Engine }).__baliseEngine;
      const languageRules = engine.rules.filter((r) => r.tags.includes('cat.language')).map((r) => r.id);
      const audit = await engine.runAudit(document, { lang: 'fr', axe: false });
      // Certain problems only: "to check" flags (a descriptive passive, say) are judgement calls.
      const inSummary = audit.violations
        .filter((rule) => languageRules.includes(rule.id))
        .flatMap((rule) => rule.nodes.filter((n) => document.querySelector(n.target.join(' '))?.closest('#summary')).map((n) => `${rule.id}: ${n.failureSummary ?? n.html}`));
      return { languageRules, inSummary };
    });
    const result = await check();
    // Nine rules at the time of writing (long sentences, jargon, acronyms...): the check is real only if they run.
    expect(result.languageRules.length).toBeGreaterThanOrEqual(5);
    expect(result.inSummary).toEqual([]);
    // Control: the same check does see administrative French once some is put in the summary.
    await report.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'control';
      p.textContent =
        "Nous vous informons que, conformément aux dispositions réglementaires en vigueur, il appartient à l'usager de procéder à la transmission de l'ensemble des pièces justificatives requises par l'administration compétente dans les délais impartis, faute de quoi la demande sera réputée caduque et fera l'objet d'un classement sans suite par les services instructeurs du CERFA, sans préjudice des voies de recours ouvertes à l'intéressé devant la juridiction administrative territorialement compétente.";
      document.querySelector('#summary')!.append(p);
    });
    expect((await check()).inSummary.length).toBeGreaterThan(0);
    await report.evaluate(() => document.getElementById('control')!.remove());
  });

  it('exports exactly what the preview shows: a finding removed there is absent from the downloaded JSON', async () => {
    const first = report.locator('#export input[name="finding"]').first();
    const findingId = (await first.getAttribute('value'))!;
    const [place, bucket, ruleId] = findingId.split('/') as [string, 'violations' | 'incomplete', string];
    expect(place).toBe('page-0');
    await report.getByRole('radio', { name: /^Données Balise \(JSON\)/ }).check();
    const preview = () => report.locator('#export pre.preview').textContent().then((text) => JSON.parse(text!) as { pages: Array<Record<string, Array<{ id: string }>>> });
    expect((await preview()).pages[0]![bucket]!.map((r) => r.id)).toContain(ruleId);

    await first.uncheck();
    expect((await preview()).pages[0]![bucket]!.map((r) => r.id)).not.toContain(ruleId);
    const downloading = report.waitForEvent('download');
    await report.getByRole('button', { name: 'Enregistrer en JSON' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^balise-rapport-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = readFileSync((await download.path())!, 'utf8');
    const exported = JSON.parse(saved) as { schema: string; pages: Array<Record<string, Array<{ id: string }>>> };
    expect(exported.schema).toBe('balise-report/1');
    expect(exported.pages[0]![bucket]!.map((r) => r.id)).not.toContain(ruleId);
    expect(saved).not.toContain(SECRET_QUERY);
    // Keeping only the site name removes the path from every address.
    await report.getByRole('checkbox', { name: /Garder seulement le nom du site/ }).check();
    expect(await report.locator('#export pre.preview').textContent()).not.toContain('/sample/demarche.html');
    await report.getByRole('checkbox', { name: /Garder seulement le nom du site/ }).uncheck();
    // The HTML file is previewed rendered, in a frame that runs no script.
    await report.getByRole('radio', { name: /^Page web \(HTML\)/ }).check();
    expect(await report.locator('iframe.preview').getAttribute('sandbox')).toBe('');
    await expect.poll(() => report.frameLocator('iframe.preview').locator('h1').textContent()).toContain('Rapport Balise');
    await report.getByRole('radio', { name: /^Texte \(Markdown\)/ }).check();
    await first.check();
  });

  it('drafts a message for the Défenseur des droits with a mailto: link, and copies its text', async () => {
    await report.getByRole('radio', { name: 'Le Défenseur des droits (France)' }).check();
    const body = await report.getByLabel('Message').inputValue();
    expect(body).toMatch(/^Madame, Monsieur|Bonjour/);
    const href = (await report.getByRole('link', { name: 'Ouvrir dans ma messagerie' }).getAttribute('href'))!;
    expect(href).toMatch(/^mailto:[^?]*\?subject=.+&body=.+/);
    expect(href.length).toBeLessThanOrEqual(2000);
    expect(decodeURIComponent(href)).toContain((await report.getByLabel('Objet').inputValue()));
    expect(href).not.toContain(SECRET_QUERY);
    await expect(report.getByText('Joignez le rapport exporté').count()).resolves.toBe(1);
    // An address typed by the person goes into the link.
    await report.getByLabel('Adresse du destinataire').fill('saisine@exemple.fr');
    expect(await report.getByRole('link', { name: 'Ouvrir dans ma messagerie' }).getAttribute('href')).toMatch(/^mailto:saisine@exemple\.fr\?/);
    await report.getByRole('button', { name: 'Copier le texte' }).click();
    await expect.poll(() => report.locator('#filing [role="status"]').textContent()).toBe('Le texte est copié. Collez-le dans votre message.');
  });

  it('refuses a foreign JSON file with the reason, opens a real one in memory, and touches nothing stored', async () => {
    const before = await dumpStorage(ext);
    const input = report.getByLabel('Fichier du rapport (JSON)');
    await input.setInputFiles({ name: 'autre.json', mimeType: 'application/json', buffer: Buffer.from('{"type":"FeatureCollection","features":[]}') });
    const refusal = report.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Ce fichier JSON ne vient pas de Balise.');
    expect(await report.locator('#report-title').textContent()).toContain('Demande d');

    await input.setInputFiles({ name: 'parcours.json', mimeType: 'application/json', buffer: Buffer.from(JOURNEY_FIXTURE) });
    await expect.poll(() => report.locator('#report-title').textContent()).toContain('Inscription au service de garde');
    await expect(report.getByText('Ce rapport vient d’un fichier', { exact: false }).count()).resolves.toBe(1);
    expect(await report.locator('#observations [data-observation="obs-1"]').count()).toBe(1);
    // A step that could not be audited stays in its place, with its reason, and the summary says what that leaves out.
    expect(await report.locator('#metrics ol.steps li').nth(3).textContent()).toMatch(/^Non vérifiée\s?:\s?le serveur a répondu 503 au lieu de la page\. https:\/\/www\.exemple\.be\/inscription\/suivi$/);
    expect(await report.locator('#summary .note').textContent()).toMatch(/^Une étape n’a pas pu être vérifiée/);
    // The Observatoire colour is said in words, not only painted.
    expect(await report.locator('#metrics [data-indicator="effortMinutes"] .level').textContent()).toBe('Orange : à améliorer');
    expect(await dumpStorage(ext)).toEqual(before);
    expect(await axeViolationsIn(report)).toEqual([]);
  });

  it('opens a recorded procedure from storage (?record=<id>) and says so plainly when it is missing', async () => {
    const worker = await ext.worker();
    // Stored as the recorder stores a stopped record: steps once, and the journey analysis beside them.
    const report = JSON.parse(JOURNEY_FIXTURE) as Report;
    const { steps, name, startedAt, ...analysis } = report.journey!;
    const record = { id: 'r1', name, tabId: 1, origin: 'http://127.0.0.1', status: 'stopped', lang: report.lang, startedAt, axeVersion: report.tool.axeVersion, entries: steps.map((step) => ({ kind: 'step', step })), observations: report.observations, lastScreen: null, analysis };
    await worker.evaluate((value) => chrome.storage.local.set({ 'record:r1': value }), record);
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/report.html?record=r1`);
    await expect.poll(() => page.locator('#report-title').textContent()).toContain('Inscription au service de garde');
    await page.goto(`chrome-extension://${ext.extensionId}/report.html?record=absent`);
    expect(await page.getByTestId('load-status').textContent()).toContain("n’a pas de rapport");
    // The page follows the settings' language.
    await setLangSetting(ext, 'en');
    await page.goto(`chrome-extension://${ext.extensionId}/report.html?record=r1`);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('heading', { name: 'In short' }).waitFor();
    await page.getByRole('button', { name: 'Save as JSON' }).waitFor();
    await setLangSetting(ext, 'fr');
    await page.close();
  });

  it.runIf(process.env.BALISE_SCREENSHOT)('saves a screenshot for the README', async () => {
    const page = await openReportFromPopup();
    mkdirSync(path.join(REPO_ROOT, '.docs'), { recursive: true });
    await page.screenshot({ path: path.join(REPO_ROOT, '.docs/report-page.png') });
    await page.close();
  });
});

declare const chrome: typeof import('@wxt-dev/browser').Browser;
