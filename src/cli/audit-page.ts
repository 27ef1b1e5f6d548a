import { readFileSync } from 'node:fs';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { mergeFrameAudits, type FrameAudit } from '../engine/merge-frames';
import { redactUrl } from '../engine/dom/redact-url';
import type { Lang, PageAudit, Report } from '../engine/model';
import { buildReport } from '../report';
import { ensureEngineBundle } from './build-engine-bundle';
import { listFrames, runEngineInFrame, type FrameNode, type FrameRunOptions, type ParsedFrameAudit } from './frame-injection';

export interface PageAuditOutcome {
  audit: PageAudit;
  axeVersion: string;
}

/**
 * axe runs these only in the document that starts the audit (document title, html lang, bypass
 * blocks, viewport...). The engine audits each frame as its own document, so their results in a
 * child frame would be findings axe itself never makes there: they are dropped before merging.
 */
export const TOP_DOCUMENT_ONLY: ReadonlySet<string> = new Set(
  (axe as unknown as { _audit: { rules: Array<{ id: string; pageLevel?: boolean; matches?: unknown }> } })._audit.rules
    .filter((rule) => rule.pageLevel || (typeof rule.matches === 'function' && rule.matches.name === 'isInitiatorMatches'))
    .map((rule) => rule.id),
);

function withoutTopDocumentRules(audit: PageAudit): PageAudit {
  const keep = (rules: PageAudit['violations']) => rules.filter((rule) => rule.source !== 'axe' || !TOP_DOCUMENT_ONLY.has(rule.id));
  return { ...audit, violations: keep(audit.violations), incomplete: keep(audit.incomplete), passes: keep(audit.passes), inapplicable: keep(audit.inapplicable) };
}

/** The engine bundle's source, built first when missing or stale. */
export async function loadEngineBundle(): Promise<string> {
  return readFileSync(await ensureEngineBundle(), 'utf8');
}

/**
 * Audits a page that is already open (the CLI opens it; a test may first fill its fields): every
 * frame in its own isolated world, then one page audit with frames merged in. Frames that could
 * not be audited are listed in skippedFrames. Throws only when the top frame itself fails.
 */
export async function auditOpenPage(page: Page, bundle: string, options: FrameRunOptions): Promise<PageAuditOutcome> {
  const nodes = await listFrames(page);
  const results = new Map<string, { result?: ParsedFrameAudit; error?: string }>();
  for (const node of nodes) {
    if (node.loadFailed) {
      // A code: the report says it in its own language (skippedFrameReason).
      results.set(node.frameId, { error: 'frame-not-loaded' });
      continue;
    }
    try {
      results.set(node.frameId, { result: await runEngineInFrame(node, bundle, options) });
    } catch (error) {
      results.set(node.frameId, { error: error instanceof Error ? error.message : String(error) });
    }
  }
  const top = nodes.find((node) => !node.parentId) ?? nodes[0];
  const topOutcome = top ? results.get(top.frameId) : undefined;
  const topResult = topOutcome?.result;
  if (!top || !topResult?.audit) throw new Error(topOutcome?.error ?? topResult?.error ?? 'no frame could be audited');

  const merge = (node: FrameNode, result: ParsedFrameAudit & { audit: PageAudit }): PageAudit => {
    const children = nodes.filter((child) => child.parentId === node.frameId);
    const frames = children.map((child): FrameAudit => {
      const outcome = results.get(child.frameId);
      const childResult = outcome?.result;
      const url = sameAsParentList(childResult?.url ?? redactUrl(child.url));
      if (childResult?.audit) return { url, audit: merge(child, { ...childResult, audit: withoutTopDocumentRules(childResult.audit) }) };
      return { url, error: childResult?.error ?? outcome?.error ?? 'not-audited' };
    });
    return mergeFrameAudits(result.audit, result.childFrames, frames);
  };
  return { audit: merge(top, { ...topResult, audit: topResult.audit }), axeVersion: topResult.axeVersion };
}

/** The parent lists a frame without src (or with srcdoc) as about:blank; the frame calls itself "about:". */
function sameAsParentList(url: string): string {
  return url === 'about:' ? 'about:blank' : url;
}

/** Audits open pages in turn and builds one report: the library form of `npm run audit`. */
export async function auditPages(pages: readonly Page[], options: { lang: Lang; bundle?: string }): Promise<Report> {
  const bundle = options.bundle ?? (await loadEngineBundle());
  const audits: PageAudit[] = [];
  let axeVersion = '';
  for (const page of pages) {
    const outcome = await auditOpenPage(page, bundle, { lang: options.lang });
    audits.push(outcome.audit);
    axeVersion = outcome.axeVersion;
  }
  return buildReport({ lang: options.lang, axeVersion, pages: audits });
}
