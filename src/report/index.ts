export { buildReport, TOOL_VERSION, type ReportInput } from './build-report';
export { buildJourney, journeyStepOf, stepHeadings, type JourneyInput, type StepInput } from './journey/build-journey';
export { slimAudit } from './journey/slim-audit';
export { summarizeAudit, type AuditSummary, type BarrierGroup } from './summary';
export * from './model';
export * from './export';
export * from './filing';
export { parseImportedReport, MAX_IMPORT_CHARS, type ImportRefusal, type ImportResult } from './import/parse-imported-report';
export { reportJsonSchema, reportJsonSchemaText, REPORT_JSON_SCHEMA_FILE } from './schema/report-json-schema';
