import type { ChildFrame } from './dom/frames';
import type { NodeResult, PageAudit, RuleResult, SkippedFrame } from './model/result';
import { OUTCOME_KEYS } from './model/result';

export interface FrameAudit {
  /** The frame's audit, or why it could not be audited. */
  audit?: PageAudit;
  error?: string;
  /** Redacted URL of the frame, as the shell knows it. */
  url: string;
}

/**
 * Joins the audits of a page's frames into one page audit. Findings inside a frame get the
 * frame's selector in front of their target, the way axe writes frame targets. Frames the shell
 * could not audit are listed, never silently dropped.
 */
export function mergeFrameAudits(top: PageAudit, childFrames: readonly ChildFrame[], frames: readonly FrameAudit[]): PageAudit {
  const merged: PageAudit = structuredClone(top);
  const unmatched = [...childFrames];
  const skipped: SkippedFrame[] = [...top.skippedFrames];
  for (const frame of frames) {
    const index = unmatched.findIndex((child) => child.url === frame.url);
    const slot = index >= 0 ? unmatched.splice(index, 1)[0] : undefined;
    if (!frame.audit) {
      skipped.push({ url: frame.url, reason: frame.error ?? 'not-audited' });
      continue;
    }
    const prefix = slot?.selector ?? `iframe[src^="${frame.url.replace(/"/g, '')}"]`;
    for (const key of OUTCOME_KEYS) mergeRules(merged[key], frame.audit[key], prefix);
    merged.auditedFrames += frame.audit.auditedFrames;
    merged.errors.push(...frame.audit.errors);
    skipped.push(...frame.audit.skippedFrames);
  }
  for (const child of unmatched) skipped.push({ url: child.url, reason: 'not-allowed' });
  merged.skippedFrames = skipped;
  return merged;
}

function mergeRules(into: RuleResult[], from: readonly RuleResult[], framePrefix: string): void {
  for (const rule of from) {
    const nodes = rule.nodes.map((node): NodeResult => ({ ...node, target: [framePrefix, ...node.target] }));
    const existing = into.find((r) => r.id === rule.id && r.source === rule.source);
    if (existing) existing.nodes.push(...nodes);
    else into.push({ ...rule, nodes });
  }
}
