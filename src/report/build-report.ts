import { version } from '../../package.json';
import { REPORT_SCHEMA_ID, type Journey, type Lang, type Observation, type PageAudit, type Report } from '../engine/model';

export interface ReportInput {
  lang: Lang;
  /** The axe-core version that ran, as the audited frame reported it. */
  axeVersion: string;
  /** Pages audited on their own; a journey's step audits are in journey.steps only, never repeated here. */
  pages?: PageAudit[];
  journey?: Journey;
  observations?: Observation[];
  createdAt?: Date;
}

export const TOOL_VERSION: string = version;

export function buildReport(input: ReportInput): Report {
  return {
    schema: REPORT_SCHEMA_ID,
    tool: { name: 'Balise', version: TOOL_VERSION, axeVersion: input.axeVersion },
    createdAt: (input.createdAt ?? new Date()).toISOString(),
    lang: input.lang,
    pages: input.pages ?? [],
    ...(input.journey ? { journey: input.journey } : {}),
    observations: input.observations ?? [],
  };
}
