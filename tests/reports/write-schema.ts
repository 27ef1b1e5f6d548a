import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPORT_JSON_SCHEMA_FILE, reportJsonSchemaText } from '../../src/report/schema/report-json-schema';

// `npm run schema`: regenerates the shipped JSON Schema of balise-report/1 from the zod schema.
const target = resolve(import.meta.dirname, '../..', REPORT_JSON_SCHEMA_FILE);
writeFileSync(target, reportJsonSchemaText());
console.log(`wrote ${REPORT_JSON_SCHEMA_FILE}`);
