import type { CDPSession, Page } from 'playwright-core';
import { z } from 'zod';
import { PageAuditSchema, type Lang } from '../engine/model';

/** One frame as Chromium knows it, with the DevTools session that can reach it. */
export interface FrameNode {
  session: CDPSession;
  frameId: string;
  parentId?: string;
  url: string;
  /** Chromium shows its own error page in a frame that did not load: that page is not audited. */
  loadFailed: boolean;
}

export interface FrameRunOptions {
  lang: Lang;
  heuristics?: boolean;
  timeoutMs?: number;
}

/** What comes back from the page is parsed like any other outside input. */
export const FrameAuditResultSchema = z.object({
  url: z.string(),
  axeVersion: z.string(),
  audit: PageAuditSchema.optional(),
  error: z.string().optional(),
  childFrames: z.array(z.object({ selector: z.string(), url: z.string() })),
});
export type ParsedFrameAudit = z.infer<typeof FrameAuditResultSchema>;

const WORLD_NAME = 'balise';

/**
 * Every frame of the page: those in the page's own process from its frame tree, and
 * out-of-process (cross-site) frames through a session of their own.
 */
export async function listFrames(page: Page): Promise<FrameNode[]> {
  const nodes = new Map<string, FrameNode>();
  const mainSession = await page.context().newCDPSession(page);
  collect((await mainSession.send('Page.getFrameTree')).frameTree, mainSession, nodes);
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    let session: CDPSession;
    try {
      session = await page.context().newCDPSession(frame);
    } catch {
      continue; // in-process frame: already in the page's tree
    }
    collect((await session.send('Page.getFrameTree')).frameTree, session, nodes);
  }
  return [...nodes.values()];
}

interface TreeLike {
  frame: { id: string; parentId?: string; url: string; unreachableUrl?: string };
  childFrames?: TreeLike[];
}

function collect(tree: TreeLike, session: CDPSession, into: Map<string, FrameNode>): void {
  const { id, parentId, url, unreachableUrl } = tree.frame;
  const loadFailed = Boolean(unreachableUrl) || url.startsWith('chrome-error:');
  into.set(id, { session, frameId: id, parentId, url: unreachableUrl ?? url, loadFailed });
  for (const child of tree.childFrames ?? []) collect(child, session, into);
}

/**
 * Runs the engine in an isolated world of one frame: it shares the DOM but not the page's
 * JavaScript, so a page that replaces window.axe or Array.prototype cannot change the result,
 * and the page's Content-Security-Policy does not apply to it.
 */
export async function runEngineInFrame(node: FrameNode, bundle: string, options: FrameRunOptions): Promise<ParsedFrameAudit> {
  const { executionContextId } = await node.session.send('Page.createIsolatedWorld', { frameId: node.frameId, worldName: WORLD_NAME });
  const loaded = await node.session.send('Runtime.evaluate', { expression: bundle, contextId: executionContextId, returnByValue: false });
  if (loaded.exceptionDetails) throw new Error(describeException(loaded.exceptionDetails));
  const call = `globalThis.__baliseRunFrameAudit(${JSON.stringify(options.lang)}, ${JSON.stringify({ heuristics: options.heuristics ?? true })})`;
  const evaluation = node.session.send('Runtime.evaluate', {
    expression: call,
    contextId: executionContextId,
    awaitPromise: true,
    returnByValue: true,
  });
  const result = await withTimeout(evaluation, options.timeoutMs ?? 180_000);
  if (result.exceptionDetails) throw new Error(describeException(result.exceptionDetails));
  return FrameAuditResultSchema.parse(result.result.value);
}

function describeException(details: { text: string; exception?: { description?: string } }): string {
  return (details.exception?.description ?? details.text).split('\n')[0] ?? details.text;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
