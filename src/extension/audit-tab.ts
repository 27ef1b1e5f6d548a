import { browser } from 'wxt/browser';
import { redactUrlsIn } from '../engine/dom/redact-url';
import { mergeFrameAudits, type FrameAudit } from '../engine/merge-frames';
import type { Lang, PageAudit } from '../engine/model';
import { buildReport } from '../report';
import type { FrameAuditResult } from './frame-audit';
import { isRestrictedUrl } from './restricted-urls';
import { removeTabAudit, writeTabAudit } from './tab-audit-store';

export type AuditErrorCode = 'restricted' | 'tab-closed' | 'injection-failed' | 'audit-failed';

export class AuditError extends Error {
  constructor(
    readonly code: AuditErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Audits every frame of a tab that we may script, merges them into one page audit and stores
 * it. The state is written as "running" first, so a popup opened meanwhile shows progress, and
 * every failure ends as a stored, explained error, never as a silent empty result. A tab closed
 * meanwhile keeps nothing: no one can open its popup again, and a record would stay forever.
 */
export async function auditTab(tabId: number, lang: Lang): Promise<AuditErrorCode | null> {
  await writeTabAudit(tabId, { status: 'running', startedAt: new Date().toISOString() });
  try {
    const report = await auditFrames(tabId, lang);
    await writeTabAudit(tabId, { status: 'done', ...report });
    // tabs.onRemoved may have run while the audit was going on: do not outlive the tab.
    if (!(await tabExists(tabId))) await removeTabAudit(tabId);
    return null;
  } catch (error) {
    const code: AuditErrorCode = error instanceof AuditError ? error.code : (await tabExists(tabId)) ? 'audit-failed' : 'tab-closed';
    const message = safeErrorMessage(error);
    if (code === 'tab-closed') await removeTabAudit(tabId).catch(() => undefined);
    else await writeTabAudit(tabId, { status: 'error', error: code, message, at: new Date().toISOString() }).catch(() => undefined);
    return code;
  }
}

const tabExists = (tabId: number) => browser.tabs.get(tabId).then(() => true, () => false);

async function auditFrames(tabId: number, lang: Lang) {
  const { audit, axeVersion, frames } = await auditTabPage(tabId, lang);
  return { report: buildReport({ lang, axeVersion, pages: [audit] }), frames };
}

/**
 * Audits the frames of a tab into one page audit, without storing anything: the page audit
 * above and the procedure recorder (src/extension/recording) both build on it.
 */
export async function auditTabPage(tabId: number, lang: Lang): Promise<{ audit: PageAudit; axeVersion: string; frames: Array<{ frameId: number; prefix: string }> }> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) throw new AuditError('tab-closed', `Tab ${tabId} no longer exists`);
  if (isRestrictedUrl(tab.url)) throw new AuditError('restricted', tab.url ?? '');

  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/audit.js'] });
  } catch (error) {
    throw await explainInjectionFailure(tabId, error);
  }
  const injections = await browser.scripting
    .executeScript({
      target: { tabId, allFrames: true },
      func: (frameLang: Lang) => {
        const run = (globalThis as { __baliseRunFrameAudit?: (l: Lang) => Promise<FrameAuditResult> }).__baliseRunFrameAudit;
        return run ? run(frameLang) : { url: location.href.split(/[?#]/)[0] ?? '', axeVersion: '', childFrames: [], error: 'engine not loaded in this frame' };
      },
      args: [lang],
    })
    .catch(async (error: unknown) => {
      throw await explainInjectionFailure(tabId, error);
    });

  const results = injections.map((injection) => ({ frameId: injection.frameId, result: injection.result as FrameAuditResult | undefined }));
  const top = results.find((r) => r.frameId === 0)?.result;
  if (!top?.audit) throw new AuditError('audit-failed', top?.error ?? 'The page did not answer');

  const children = results.filter((r) => r.frameId !== 0);
  const frameAudits: FrameAudit[] = children.map(({ result }) => ({ url: result?.url ?? '', audit: result?.audit, error: result?.error ?? (result ? undefined : 'no result') }));
  const allChildFrames = results.flatMap((r) => r.result?.childFrames ?? []);
  const audit = mergeFrameAudits(top.audit, allChildFrames, frameAudits);
  // Which frame each target prefix belongs to, to highlight findings inside frames later.
  const frames = children.flatMap(({ frameId, result }) => {
    const child = allChildFrames.find((c) => c.url === result?.url);
    return child ? [{ frameId, prefix: child.selector }] : [];
  });
  return { audit, axeVersion: top.axeVersion, frames };
}

async function explainInjectionFailure(tabId: number, error: unknown): Promise<AuditError> {
  const stillThere = await tabExists(tabId);
  const message = error instanceof Error ? error.message : String(error);
  if (!stillThere) return new AuditError('tab-closed', message);
  if (/cannot be scripted|cannot access|extensions gallery|missing host permission/i.test(message)) return new AuditError('restricted', message);
  return new AuditError('injection-failed', message);
}

/** The browser's words about a failure, kept for the curious: every address in them is redacted (Chromium quotes full URLs). */
export function safeErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return redactUrlsIn(message).slice(0, 300);
}
