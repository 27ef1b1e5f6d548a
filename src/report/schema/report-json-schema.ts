import { z } from 'zod';
import {
  BarrierIdSchema,
  CheckResultSchema,
  ImpactSchema,
  JourneySchema,
  JourneyStepSchema,
  NodeResultSchema,
  ObservationSchema,
  PageAuditSchema,
  REPORT_SCHEMA_ID,
  ReportSchema,
  RuleResultSchema,
} from '../../engine/model';

/**
 * The JSON Schema of `balise-report/1`, generated from the zod schema so the two cannot drift.
 * It describes what Balise writes (zod's output side: defaults filled in). `npm run schema`
 * writes it to balise-report-1.schema.json, and a test checks the shipped file is up to date.
 */
export const REPORT_JSON_SCHEMA_FILE = 'src/report/schema/balise-report-1.schema.json';

export function reportJsonSchema(): Record<string, unknown> {
  // Named definitions make the shipped schema readable; the registry is local so that the
  // engine's schemas are not changed for anyone else.
  const names = z.registry<{ id: string }>();
  const named: Array<[z.ZodType, string]> = [
    [PageAuditSchema, 'PageAudit'],
    [RuleResultSchema, 'RuleResult'],
    [NodeResultSchema, 'NodeResult'],
    [CheckResultSchema, 'CheckResult'],
    [JourneySchema, 'Journey'],
    [JourneyStepSchema, 'JourneyStep'],
    [ObservationSchema, 'Observation'],
    [ImpactSchema, 'Impact'],
    [BarrierIdSchema, 'BarrierId'],
  ];
  for (const [schema, id] of named) names.add(schema, { id });
  const generated = z.toJSONSchema(ReportSchema, { target: 'draft-2020-12', unrepresentable: 'throw', reused: 'ref', metadata: names }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: REPORT_SCHEMA_ID,
    description: 'A Balise report: automated findings (axe-core shape plus source and barriers), an optional recorded procedure, and human observations.',
    ...rest,
  };
}

export function reportJsonSchemaText(): string {
  return JSON.stringify(reportJsonSchema(), null, 2) + '\n';
}
