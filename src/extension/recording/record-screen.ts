import { browser } from 'wxt/browser';
import { redactUrl } from '../../engine/dom/redact-url';
import { stepHeadings } from '../../report/journey/build-journey';
import { textsOf } from '../../report/record/rule-texts';
import { AuditError, auditTabPage, safeErrorMessage } from '../audit-tab';
import { append, leftSite } from './record-entries';
import type { ProcedureRecord, ScreenMark } from '../../report/record/record-schema';
import { nextStepIndex } from '../../report/record/record-steps';
import { activeRecordOf, isStorageFull, readRecord, updateRecord } from './record-store';
import { HEADING_CHANGED, probeScreen, type ScreenProbe } from './screen-probe';
import { storedStepAudit } from '../../report/record/stored-step-audit';

export type ScreenTrigger = 'load' | 'url' | 'heading' | 'start';

/** A single-page app changes its URL and its heading in several moves: let them settle first. */
const SETTLE_MS = 400;

/**
 * Each tab's checks run one after another: a page load, its URL change and its new heading all
 * arrive within a second, and must give one step, not three.
 */
const tabChains = new Map<number, Promise<void>>();

export function recordScreen(tabId: number, trigger: ScreenTrigger): Promise<void> {
  const previous = tabChains.get(tabId) ?? Promise.resolve();
  const next = previous.then(() => checkScreen(tabId, trigger)).catch(() => undefined);
  tabChains.set(tabId, next);
  void next.then(() => {
    if (tabChains.get(tabId) === next) tabChains.delete(tabId);
  });
  return next;
}

async function checkScreen(tabId: number, trigger: ScreenTrigger): Promise<void> {
  const summary = await activeRecordOf(tabId);
  if (summary?.status !== 'recording') return;
  if (trigger === 'url' || trigger === 'heading') await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const record = await readRecord(summary.id);
  const tab = await browser.tabs.get(tabId).catch(() => null);
  // A load in progress ends with status 'complete', which checks again.
  if (!record || record.status !== 'recording' || !tab || tab.status !== 'complete') return;

  // Without access to a site the tab's URL is hidden: only the recorded site is visible.
  const origin = tab.url ? originOf(tab.url) : null;
  if (origin !== record.origin) {
    await save(record.id, (current) => leftSite(current, origin));
    return;
  }

  const enteredAt = new Date().toISOString();
  let probe: ScreenProbe;
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: probeScreen, args: [HEADING_CHANGED] });
    probe = injection?.result as ScreenProbe;
    if (!probe?.docId) throw new Error('The page did not answer');
  } catch (error) {
    await save(record.id, (current) => appendFailure(current, redactUrl(tab.url ?? ''), enteredAt, error, null));
    return;
  }
  // Hashes, not texts: the mark only tells screens apart, and a heading can greet the person by name.
  const mark: ScreenMark = { docId: probe.docId, urlHash: await hashText(tab.url ?? ''), headingHash: await hashText(probe.heading) };
  if (sameScreen(record.lastScreen, mark)) return;

  let audited: Awaited<ReturnType<typeof auditTabPage>>;
  try {
    audited = await auditTabPage(tabId, record.lang);
  } catch (error) {
    await save(record.id, (current) => appendFailure(current, redactUrl(tab.url ?? ''), enteredAt, error, mark));
    return;
  }
  const { audit, axeVersion } = audited;
  await save(record.id, (current) => {
    if (sameScreen(current.lastScreen, mark)) return null;
    // Numbered among all the screens of the procedure, failed ones included (record-steps.ts).
    const step = { index: nextStepIndex(current.entries), url: audit.url, title: audit.title, headings: stepHeadings(probe.headings), enteredAt, audit: storedStepAudit(audit) };
    return { ...append(current, { kind: 'step', step }, enteredAt), lastScreen: mark, axeVersion: axeVersion || current.axeVersion, ruleTexts: { ...textsOf(audit), ...current.ruleTexts } };
  });
}

/**
 * Writes a change to the record. When the browser's storage is full the new screen cannot be
 * kept: the record pauses and says why (the panel shows it), and every step saved before stays.
 */
async function save(id: string, change: Parameters<typeof updateRecord>[1]): Promise<void> {
  try {
    // Paused or stopped while this screen was checked: the person said not to record any more.
    await updateRecord(id, (current) => (current.status === 'recording' ? change(current) : null));
  } catch (error) {
    if (!isStorageFull(error)) throw error;
    await updateRecord(id, (current) => (current.status === 'recording' ? { ...current, status: 'paused', pausedBecause: 'storage-full' } : null));
  }
}

export const sameScreen = (a: ScreenMark | null, b: ScreenMark) => a !== null && a.docId === b.docId && a.urlHash === b.urlHash && a.headingHash === b.headingHash;

/**
 * A screen that could not be audited is kept, with the reason. The browser reports an error
 * page's load more than once (its address, then its end): it is listed once, as a step is.
 */
function appendFailure(record: ProcedureRecord, url: string, at: string, error: unknown, mark: ScreenMark | null): ProcedureRecord | null {
  const last = record.entries.at(-1);
  if (last?.kind === 'failed' && last.url === url) return null;
  return { ...append(record, { kind: 'failed', url, enteredAt: at, error: failureReason(error) }, at), lastScreen: mark };
}

/** What is kept of an error: our own code when we know it, else the browser's words, addresses redacted. */
function failureReason(error: unknown): string {
  if (error instanceof AuditError) return error.code;
  return safeErrorMessage(error);
}

function originOf(url: string): string | null {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** The full URL tells SPA screens apart (?step=2), but it may carry tokens: only its hash is kept. */
async function hashText(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest).slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
}
