import { browser } from 'wxt/browser';
import { auditTab } from './audit-tab';
import { highlightFinding } from './highlight';
import { RequestSchema, type Response } from './messages';
import { startRecording } from './recording/recording-listeners';
import { readSettings, resolveLang } from './settings';
import { removeTabAudit } from './tab-audit-store';

/** Wires the background's listeners. Every state lives in storage: the worker may die at any time. */
export function startBackground(): void {
  browser.runtime.onMessage.addListener((raw: unknown): Promise<Response> | undefined => {
    const parsed = RequestSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    return handle(parsed.data).catch((error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }));
  });
  browser.tabs.onRemoved.addListener((tabId) => void removeTabAudit(tabId));
  startRecording();
}

async function handle(request: ReturnType<typeof RequestSchema.parse>): Promise<Response> {
  switch (request.type) {
    case 'audit-tab': {
      const lang = resolveLang(await readSettings());
      const error = await auditTab(request.tabId, lang);
      return error ? { ok: false, error } : { ok: true };
    }
    case 'highlight':
      return { ok: await highlightFinding(request.tabId, request.bucket, request.ruleId, request.nodeIndex) };
  }
}
