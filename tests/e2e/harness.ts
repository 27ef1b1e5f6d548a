import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@wxt-dev/browser';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { startStaticServer, type Mount, type ServerOptions, type StaticServer } from './static-server';
import { SHARED_DIR } from '../shared-dir';
import { CHROMIUM_PATH, TEST_CHROMIUM_ARGS } from '../chromium';

/** The extension API inside the functions run in the service worker or an extension page. */
declare const chrome: typeof Browser;

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = path.join(REPO_ROOT, '.output/chrome-mv3');
export const WAI_BAD_DIR = path.join(SHARED_DIR, 'fixtures/wai-bad');
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
  /** The extension's service worker; after killServiceWorker() use evaluate() instead. */
  worker(): Promise<Worker>;
  /**
   * Runs a function with the extension's API (chrome.*): in its service worker, or, once a test
   * has stopped that worker, in an extension page (Playwright loses sight of a restarted worker).
   */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Opens a page in a new tab, the way a person would, and returns its tab id too. */
  openTab(url: string): Promise<Tab>;
  /** What a click on the toolbar button does: grants activeTab on that tab and opens the popup. */
  clickToolbarButton(tab: Tab): Promise<void>;
  /** Opens the popup for a tab, as a user would, in a page Playwright can drive. */
  openPopupFor(tab: Tab): Promise<Page>;
  /** Stops the service worker, as Chrome does when it is idle or under memory pressure. */
  killServiceWorker(): Promise<void>;
  /** Whether the browser runs the extension's service worker right now (asked over CDP). */
  serviceWorkerRunning(): Promise<boolean>;
  /** Quits the browser and starts it again on the same profile, as a person does the next morning. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  server?: Omit<ServerOptions, 'mounts' | 'placeholders'>;
  /** Folders served besides /wai-bad/ and /e2e/. */
  mounts?: Mount[];
  /**
   * Optional host permissions the profile already holds, e.g. ['http://127.0.0.1/*'], as for a
   * user who said yes to the browser's question earlier: Playwright cannot click that prompt.
   */
  siteAccess?: string[];
}

const CHROMIUM_ARGS = [...TEST_CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`];

const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://') && worker.url().endsWith('/background.js');

function launchProfile(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

async function firstWorker(context: BrowserContext): Promise<Worker> {
  return (
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }).catch(() => {
      throw new Error('The extension did not start: no service worker appeared. Is the build broken (see chrome://extensions errors)?');
    }))
  );
}

/**
 * Gives the extension site access the way a granted prompt leaves it: a first launch installs
 * the extension, then its granted and active host permissions in the profile's Preferences get
 * the origins (Linux Chromium does not enforce the MACs of that file), and the next launch
 * starts with the access. No command-line switch accepts the prompt, and in headless mode
 * permissions.request from a real click stays pending.
 */
async function preGrantSiteAccess(profile: string, origins: string[]): Promise<void> {
  const installing = await launchProfile(profile);
  const extensionId = new URL((await firstWorker(installing)).url()).host;
  await installing.close();
  const prefsFile = path.join(profile, 'Default/Preferences');
  const prefs = JSON.parse(readFileSync(prefsFile, 'utf8'));
  const ours = prefs.extensions?.settings?.[extensionId];
  if (!ours) throw new Error(`The extension ${extensionId} is not in the profile's Preferences: cannot pre-grant site access`);
  for (const key of ['granted_permissions', 'active_permissions']) ours[key] = { ...ours[key], explicit_host: origins };
  writeFileSync(prefsFile, JSON.stringify(prefs));
}

/** One browser per test file: launching costs about a second, and the machine has two cores. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  requireBuild();
  const mounts = [
    { prefix: '/wai-bad/', dir: WAI_BAD_DIR },
    { prefix: '/e2e/', dir: E2E_FIXTURES_DIR },
    ...(options.mounts ?? []),
  ];
  let otherOrigin = '';
  const placeholders = () => ({ [OTHER_ORIGIN_PLACEHOLDER]: otherOrigin });
  const server = await startStaticServer({ ...options.server, mounts, placeholders });
  const otherServer = await startStaticServer({ ...options.server, mounts, placeholders });
  otherOrigin = otherServer.origin;

  const profile = mkdtempSync(path.join(tmpdir(), 'balise-e2e-'));
  if (options.siteAccess?.length) await preGrantSiteAccess(profile, options.siteAccess);
  let context = await launchProfile(profile);
  const first = await firstWorker(context);
  const extensionId = new URL(first.url()).host;
  let browserSession: CDPSession = await context.browser()!.newBrowserCDPSession();

  // Playwright is not told when a worker is closed from another CDP session, and an evaluate on
  // it then waits forever: the workers we stopped are remembered here instead.
  const stopped = new WeakSet<Worker>();
  const live = (worker: Worker) => isOurs(worker) && !stopped.has(worker);
  const swTarget = async () => {
    const { targetInfos } = await browserSession.send('Target.getTargets');
    return targetInfos.find((info) => info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${extensionId}/`));
  };

  const worker = async (): Promise<Worker> => {
    const alive = context.serviceWorkers().find(live);
    if (alive) return alive;
    if (context.serviceWorkers().some(isOurs)) throw new Error('The service worker was stopped by the test: use evaluate(), which does not need it');
    return context.waitForEvent('serviceworker', { predicate: live, timeout: 15_000 });
  };

  const evaluate = async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
    // Playwright's own type unboxes handles in the argument; ours are plain data.
    const alive = context.serviceWorkers().find(live);
    if (alive) return alive.evaluate<R, A>(fn as never, arg);
    // A short-lived extension page: one left open kept the next toolbar click from granting access.
    const page = await context.newPage();
    try {
      await page.goto(`chrome-extension://${extensionId}/popup.html?harness`);
      return await page.evaluate<R, A>(fn as never, arg);
    } finally {
      await page.close();
    }
  };

  let opened = 0;
  const openTab = async (requested: string): Promise<Tab> => {
    // A fragment of its own tells this tab from any other at the same address (the toolbar click
    // finds the tab by URL); audits drop fragments, so the page and the report are unchanged.
    const url = /^https?:/.test(requested) ? `${requested.split('#')[0]}#tab-${(opened += 1)}` : requested;
    const known = new Set(context.pages());
    const tabId = await evaluate((u) => chrome.tabs.create({ url: u, active: true }).then((t) => t.id ?? -1), url);
    const deadline = Date.now() + 15_000;
    let page: Page | undefined;
    while (!(page = context.pages().find((p) => !known.has(p) && !p.isClosed() && p.url() === new URL(url).href))) {
      if (Date.now() > deadline) throw new Error(`The tab for ${url} did not open`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await page.waitForLoadState('load');
    return { page, tabId };
  };

  const granted = (tab: Tab) => evaluate((id) => chrome.tabs.get(id).then((t) => t.url !== undefined, () => false), tab.tabId);

  const clickToolbarButton = async (tab: Tab) => {
    await tab.page.bringToFront();
    const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const matches = targetInfos.filter((info) => info.url === tab.page.url());
    if (matches.length !== 1) throw new Error(`Expected one tab at ${tab.page.url()}, found ${matches.length}`);
    // Extensions.triggerAction is what Chrome runs when the toolbar button is clicked: it
    // grants activeTab on this tab (the only access the extension has) and opens the popup.
    await browserSession.send('Extensions.triggerAction', { id: extensionId, targetId: matches[0]!.targetId });
    if (!(await granted(tab)) && !/^(chrome|about|chrome-extension):/.test(tab.page.url())) {
      throw new Error(`The toolbar click granted no access to ${tab.page.url()}`);
    }
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
    if (!(await swTarget())) throw new Error('No service worker to stop');
    for (const known of context.serviceWorkers().filter(isOurs)) stopped.add(known);
    // DevTools' "Stop" on the extension's own origin, as Chrome stops an idle worker. (Closing the
    // worker's target instead left the extension unable to receive the next activeTab grant.)
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html?harness`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const deadline = Date.now() + 20_000;
    for (let waited = 0; await swTarget(); waited += 100) {
      if (Date.now() > deadline) throw new Error('The service worker did not stop');
      // A stop asked while the worker is busy with an event can be dropped (seen once in a CI run on a
      // loaded machine): ask again every second rather than wait for one request to take.
      if (waited > 0 && waited % 1000 === 0) await cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await page.close();
  };

  return {
    get context() {
      return context;
    },
    extensionId,
    server,
    otherServer,
    worker,
    evaluate,
    openTab,
    clickToolbarButton,
    openPopupFor,
    killServiceWorker,
    serviceWorkerRunning: async () => (await swTarget()) !== undefined,
    async restart() {
      await context.close();
      context = await launchProfile(profile);
      await firstWorker(context);
      browserSession = await context.browser()!.newBrowserCDPSession();
    },
    async close() {
      await context.close();
      await Promise.all([server.close(), otherServer.close()]);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Presses the popup's audit button, found as a person would, and waits until the audit ends. */
export async function runAuditFromPopup(popup: Page, timeout = 60_000): Promise<'done' | 'error'> {
  // Results or an error of an earlier audit go away when this one starts: wait for that first,
  // so the old results are never taken for the new ones.
  const previous = await popup.$('#results-heading, [role="alert"]');
  await popup.getByRole('button', { name: /^(Analyser cette page|Audit this page)$/ }).click();
  if (previous) await popup.waitForFunction((element) => !element.isConnected, previous, { timeout });
  const done = popup.locator('#results-heading');
  const failed = popup.getByRole('alert');
  await done.or(failed).first().waitFor({ timeout });
  if (await done.isVisible()) return 'done';
  // Said in the test's output, so a failure shows the popup's own words.
  console.warn(`The popup shows an error: ${await failed.textContent()}`);
  return 'error';
}

/** Everything the extension keeps, read through its own service worker. */
export function dumpStorage(session: ExtensionSession): Promise<{ local: Record<string, unknown>; session: Record<string, unknown> }> {
  return session.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    session: await chrome.storage.session.get(null),
  }), undefined);
}

export function readTabRecord(session: ExtensionSession, tabId: number): Promise<unknown> {
  return session.evaluate((key) => chrome.storage.local.get(key).then((stored) => stored[key]), `tab-audit:${tabId}`);
}

export function writeTabRecord(session: ExtensionSession, tabId: number, record: unknown): Promise<void> {
  return session.evaluate(([key, value]) => chrome.storage.local.set({ [key]: value }), [`tab-audit:${tabId}`, record] as const);
}

export function setLangSetting(session: ExtensionSession, lang: 'auto' | 'fr' | 'en'): Promise<void> {
  return session.evaluate((value) => chrome.storage.local.set({ settings: { lang: value } }), lang);
}
