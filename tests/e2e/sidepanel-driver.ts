import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ProcedureRecord, RecordSummary } from '../../src/report/record/record-schema';
import { dumpStorage, REPO_ROOT, type ExtensionSession, type Tab } from './harness';

/** Drives the procedure recorder's side panel as a person does, for the recording tests. */

export const JOURNEY_DIR = path.join(REPO_ROOT, 'tests/fixtures/journey');
/** Every wait is bounded: a step that never comes fails with its name, not at the test's timeout. */
export const STEP_TIMEOUT = 15_000;

export const stepItems = (panel: Page) => panel.locator('ol.steps > li');

/** The side panel's page, opened in a tab of its own and bound to the recorded tab (`?tab=`). */
export async function openPanel(ext: ExtensionSession, tab: Tab): Promise<Page> {
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tab.tabId}`);
  await panel.getByRole('heading', { level: 1, name: 'Relevé de la démarche' }).waitFor({ timeout: STEP_TIMEOUT });
  return panel;
}

export async function startRecord(panel: Page, name: string): Promise<void> {
  await panel.getByLabel('Nom de la démarche (facultatif)').fill(name);
  await panel.getByRole('button', { name: 'Commencer le relevé' }).click();
  await panel.getByRole('heading', { level: 2, name }).waitFor({ timeout: STEP_TIMEOUT });
}

/** Waits until the panel lists entry n (0-based) with this text, saying which one did not come. */
export async function waitForEntry(panel: Page, n: number, text: string | RegExp): Promise<void> {
  try {
    await stepItems(panel).nth(n).getByText(text).waitFor({ timeout: STEP_TIMEOUT });
  } catch {
    const listed = await stepItems(panel).allInnerTexts();
    throw new Error(`Entry ${n + 1} "${text}" never appeared in the panel; it lists: ${JSON.stringify(listed)}`);
  }
}

export async function stopRecord(panel: Page): Promise<void> {
  await panel.getByRole('button', { name: 'Arrêter le relevé' }).click();
  await panel.getByText(/^Relevé terminé/).waitFor({ timeout: STEP_TIMEOUT });
}

/** The records as stored, read without the service worker if the test stopped it. */
export async function storedRecords(ext: ExtensionSession): Promise<{ index: RecordSummary[]; byName: (name: string) => ProcedureRecord }> {
  const { local } = await dumpStorage(ext);
  const index = (local['records'] ?? []) as RecordSummary[];
  return {
    index,
    byName(name) {
      const summary = index.find((r) => r.name === name);
      if (!summary) throw new Error(`No record named ${name}: ${JSON.stringify(index)}`);
      return local[`record:${summary.id}`] as ProcedureRecord;
    },
  };
}
