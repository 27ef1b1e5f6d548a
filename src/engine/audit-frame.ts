import type { Lang } from './model/lang';
import type { PageAudit } from './model/result';
import { axeVersion } from './axe/run-axe';
import { listChildFrames, type ChildFrame } from './dom/frames';
import { redactUrl } from './dom/redact-url';
import { runAudit, type AuditOptions } from './run-audit';

export interface FrameAuditResult {
  url: string;
  axeVersion: string;
  audit?: PageAudit;
  error?: string;
  childFrames: ChildFrame[];
}

/**
 * Audits one frame's document for a shell (extension or command line), so both run the very same
 * frame code. Never throws: an error comes back as a plain message the shell can list.
 */
export async function auditFrame(doc: Document, lang: Lang, options: Omit<AuditOptions, 'lang'> = {}): Promise<FrameAuditResult> {
  const url = redactUrl(doc.URL);
  const childFrames = listChildFrames(doc);
  try {
    return { url, axeVersion, childFrames, audit: await runAudit(doc, { ...options, lang }) };
  } catch (error) {
    return { url, axeVersion, childFrames, error: error instanceof Error ? error.message : String(error) };
  }
}
