import { auditFrame, type FrameAuditResult, type Lang } from '../engine';

/**
 * The engine as one script the command line evaluates in an isolated world of each frame. It
 * only defines a function: nothing runs until the shell calls it, so loading it has no effect
 * on the page. `heuristics: false` exists for the benchmark (axe alone).
 */
declare global {
  var __baliseRunFrameAudit: (lang: Lang, options?: { heuristics?: boolean }) => Promise<FrameAuditResult>;
}

globalThis.__baliseRunFrameAudit = (lang, options = {}) => auditFrame(document, lang, options);
