import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@wxt-dev/browser';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { startStaticServer, type ServerOptions, type StaticServer } from './static-server';

/** The extension API inside the functions run in the service worker or an extension page. */
declare const chrome: typeof Browser;

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = path.join(REPO_ROOT, '.output/chrome-mv3');
export const WAI_BAD_DIR = path.resolve(REPO_ROOT, '../shared/fixtures/wai-bad');
export const E2E_FIXTURES_DIR = path.join(REPO_ROOT, 'tests/fixtures/e2e');

/** Placeholder in fixture HTML replaced by the second server's origin (a cross-origin frame). */
export const OTHER_ORIGIN_PLACEHOLDER = '__OTHER_ORIGIN__';

/** The tests drive the built extension, never the sources: build first, once. */
export function requireBuild(): void {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The built extension is missing (${EXTENSION_DIR}/manifest.json). Run \`npm run build\` (or \`npx wxt build\`) before the end-to-end tests.`);
  }
  if (!existsSync(WAI_BAD_DIR)) {
    throw new Error(`The shared W3C "Before and After" fixtures are missing: expected ${WAI_BAD_DIR} (shared/ beside the repository).`);
  }
}

/** A tab of the browser as both Playwright and the extension know it. */
export interface Tab {
  page: Page;
  tabId: number;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Serves /wai-bad/ (shared fixtures) and /e2e/ (ours). */
  server: StaticServer;
  /** Same content on another port: another origin, for cross-origin frames. */
  otherServer: StaticServer;
  /** The extension's service worker, woken up if the browser stopped it. */
  worker(): Promise<Worker>;
  /** Opens a page in a new tab, the way a person would, and returns its tab id too. */
  openTab(url: string): Promise<Tab>;
  /** What a click on the toolbar button does: grants activeTab on that tab and opens the popup. */
  clickToolbarButton(tab: Tab): Promise<void>;
  /** Opens the popup for a tab, as a user would, in a page Playwright can drive. */
  openPopupFor(tab: Tab): Promise<Page>;
  /** Stops the service worker, as Chrome does when it is idle or under memory pressure. */
  killServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  server?: Omit<ServerOptions, 'mounts' | 'placeholders'>;
}

/** One browser per test file: launching costs about a second, and the machine has two cores. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  requireBuild();
  const mounts = [
    { prefix: '/wai-bad/', dir: WAI_BAD_DIR },
    { prefix: '/e2e/', dir: E2E_FIXTURES_DIR },
  ];
  let otherOrigin = '';
  const placeholders = () => ({ [OTHER_ORIGIN_PLACEHOLDER]: otherOrigin });
  const server = await startStaticServer({ ...options.server, mounts, placeholders });
  const otherServer = await startStaticServer({ ...options.server, mounts, placeholders });
  otherOrigin = otherServer.origin;

  const profile = mkdtempSync(path.join(tmpdir(), 'balise-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://') && worker.url().endsWith('/background.js');
  const first =
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }).catch(() => {
      throw new Error('The extension did not start: no service worker appeared. Is the build broken (see chrome://extensions errors)?');
    }));
  const extensionId = new URL(first.url()).host;
  const browserSession: CDPSession = await context.browser()!.newBrowserCDPSession();

  const worker = async (): Promise<Worker> => {
    const alive = context.serviceWorkers().find(isOurs);
    if (alive) return alive;
    // Any message wakes the worker up; an extension page may send one.
    const waking = context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 });
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'wake-up' }).catch(() => undefined));
    const woken = await waking;
    await page.close();
    return woken;
  };

  const openTab = async (url: string): Promise<Tab> => {
    const opened = context.waitForEvent('page');
    const tabId = await (await worker()).evaluate((u) => chrome.tabs.create({ url: u, active: true }).then((t) => t.id ?? -1), url);
    const page = await opened;
    await page.waitForLoadState('load');
    return { page, tabId };
  };

  const clickToolbarButton = async (tab: Tab) => {
    await tab.page.bringToFront();
    const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const matches = targetInfos.filter((info) => info.url === tab.page.url());
    if (matches.length !== 1) throw new Error(`Expected one tab at ${tab.page.url()}, found ${matches.length}`);
    // Extensions.triggerAction is what Chrome runs when the toolbar button is clicked: it
    // grants activeTab on this tab (the only access the extension has) and opens the popup.
    await browserSession.send('Extensions.triggerAction', { id: extensionId, targetId: matches[0]!.targetId });
  };

  const openPopupFor = async (tab: Tab): Promise<Page> => {
    await clickToolbarButton(tab);
    // The real popup that just opened cannot be driven by Playwright, so the same page is opened
    // in a tab of its own. There "the active tab" would be the popup itself: `?tab=` names the
    // tab instead (a test hook, see src/extension/popup-api.ts). Access comes only from the click above.
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tab.tabId}`);
    await popup.getByRole('button', { name: /^(Analyser cette page|Audit this page|Analyse en cours|Audit running)/ }).waitFor();
    return popup;
  };

  const killServiceWorker = async () => {
    const current = context.serviceWorkers().find(isOurs);
    const { targetInfos } = await browserSession.send('Target.getTargets');
    const target = targetInfos.find((info) => info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${extensionId}/`));
    if (!target) throw new Error('No service worker target to stop');
    const closed = current ? new Promise<void>((resolve) => current.once('close', () => resolve())) : Promise.resolve();
    await browserSession.send('Target.closeTarget', { targetId: target.targetId });
    await closed;
  };

  return {
    context,
    extensionId,
    server,
    otherServer,
    worker,
    openTab,
    clickToolbarButton,
    openPopupFor,
    killServiceWorker,
    async close() {
      await context.close();
      await Promise.all([server.close(), otherServer.close()]);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Presses the popup's audit button, found as a person would, and waits until the audit ends. */
export async function runAuditFromPopup(popup: Page, timeout = 60_000): Promise<'done' | 'error'> {
  await popup.getByRole('button', { name: /^(Analyser cette page|Audit this page)$/ }).click();
  const done = popup.locator('#results-heading');
  const failed = popup.getByRole('alert');
  await done.or(failed).first().waitFor({ timeout });
  return (await done.isVisible()) ? 'done' : 'error';
}

/** Everything the extension keeps, read through its own service worker. */
export async function dumpStorage(session: ExtensionSession): Promise<{ local: Record<string, unknown>; session: Record<string, unknown> }> {
  const worker = await session.worker();
  return worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    session: await chrome.storage.session.get(null),
  }));
}

export async function readTabRecord(session: ExtensionSession, tabId: number): Promise<unknown> {
  const worker = await session.worker();
  return worker.evaluate((key) => chrome.storage.local.get(key).then((stored) => stored[key]), `tab-audit:${tabId}`);
}

export async function setLangSetting(session: ExtensionSession, lang: 'auto' | 'fr' | 'en'): Promise<void> {
  const worker = await session.worker();
  await worker.evaluate((value) => chrome.storage.local.set({ settings: { lang: value } }), lang);
}
