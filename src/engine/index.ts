/** The engine's public surface: DOM in, JSON out. Shells import from here (or from ./model for data only). */
export { runAudit, type AuditOptions } from './run-audit';
export { auditFrame, type FrameAuditResult } from './audit-frame';
export { mergeFrameAudits, type FrameAudit } from './merge-frames';
export { listChildFrames, type ChildFrame } from './dom/frames';
export { redactUrl } from './dom/redact-url';
export { resolveTarget } from './dom/selector';
export { rules } from './rules';
export { axeVersion } from './axe/run-axe';
export * from './model';
export { defineRule, pass, fail, review, inapplicable, type Rule, type RuleContext, type Outcome } from './model/rule';
export * from './journey';
