export { buildReport, TOOL_VERSION, type ReportInput } from './build-report';
export { summarizeAudit, type AuditSummary, type BarrierGroup } from './summary';
