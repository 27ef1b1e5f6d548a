import { axeVersion, listChildFrames, redactUrl, runAudit, type ChildFrame, type Lang, type PageAudit } from '../engine';

export interface FrameAuditResult {
  url: string;
  axeVersion: string;
  audit?: PageAudit;
  error?: string;
  childFrames: ChildFrame[];
}

/** Runs in the page's frame. Never throws: an error comes back as a plain message. */
export async function runFrameAudit(lang: Lang): Promise<FrameAuditResult> {
  const url = redactUrl(document.URL);
  const childFrames = listChildFrames(document);
  try {
    return { url, axeVersion, childFrames, audit: await runAudit(document, { lang }) };
  } catch (error) {
    return { url, axeVersion, childFrames, error: error instanceof Error ? error.message : String(error) };
  }
}
