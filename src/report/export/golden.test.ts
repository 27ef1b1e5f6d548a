import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { OUTCOME_KEYS, ReportSchema, type Report } from '../../engine/model';
import { reportJsonSchema, reportJsonSchemaText, REPORT_JSON_SCHEMA_FILE } from '../schema/report-json-schema';
import { EXPORT_FORMATS, exportReport, toEarlDocument } from '.';

/**
 * Golden files: fixed reports render exactly as the checked-in files in tests/reports/expected.
 * Run with UPDATE_GOLDEN=1 to rewrite them after a deliberate change, then read the diff.
 */
const root = resolve(import.meta.dirname, '../../..');
const dir = resolve(root, 'tests/reports');
const update = process.env.UPDATE_GOLDEN === '1';
const FIXTURES = ['audit', 'journey', 'empty'] as const;

function fixture(name: string): Report {
  return ReportSchema.parse(JSON.parse(readFileSync(resolve(dir, 'fixtures', `${name}.report.json`), 'utf8')));
}

describe('golden exports', () => {
  for (const name of FIXTURES) {
    for (const format of EXPORT_FORMATS) {
      it(`${name} -> ${format}`, () => {
        const file = exportReport(fixture(name), format);
        const expectedPath = resolve(dir, 'expected', `${name}.${file.fileName.split('.').slice(1).join('.')}`);
        if (update) writeFileSync(expectedPath, file.content);
        expect(existsSync(expectedPath), `missing ${expectedPath}: run with UPDATE_GOLDEN=1`).toBe(true);
        expect(file.content).toBe(readFileSync(expectedPath, 'utf8'));
      });
    }
  }
});

describe('JSON Schema', () => {
  it('the shipped schema is the one generated from zod (run npm run schema)', () => {
    expect(readFileSync(resolve(root, REPORT_JSON_SCHEMA_FILE), 'utf8')).toBe(reportJsonSchemaText());
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(resolve(root, REPORT_JSON_SCHEMA_FILE), 'utf8')));
  for (const name of FIXTURES) {
    it(`${name}.json validates against the shipped schema`, () => {
      const ok = validate(JSON.parse(exportReport(fixture(name), 'json').content));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
  }

  it('refuses what is not a report, so the check can fail', () => {
    const broken = JSON.parse(exportReport(fixture('audit'), 'json').content);
    broken.pages[0].violations[0].barriers = ['not-a-barrier'];
    expect(validate(broken)).toBe(false);
    expect(validate({ ...broken, schema: 'balise-report/2' })).toBe(false);
    expect(reportJsonSchema().title).toBe('balise-report/1');
  });
});

describe('EARL', () => {
  const EARL = 'http://www.w3.org/ns/earl#';
  const outcomeOf = (a: Record<string, unknown>) => {
    const result = (a[`${EARL}result`] as Array<Record<string, unknown>>)[0]!;
    return ((result[`${EARL}outcome`] as Array<{ '@id': string }>)[0]!)['@id'].replace(EARL, '');
  };

  it('the audit expands as JSON-LD to one assertion per rule and page, with the right outcomes', async () => {
    const report = fixture('audit');
    const doc = JSON.parse(exportReport(report, 'earl').content);
    const expanded = await jsonld.expand(doc, { documentLoader: () => Promise.reject(new Error('no network')) });
    const assertions = expanded.filter((node) => (node['@type'] as string[] | undefined)?.includes(`${EARL}Assertion`));
    const page = report.pages[0]!;
    expect(assertions).toHaveLength(OUTCOME_KEYS.reduce((n, key) => n + page[key].length, 0));
    const counts: Record<string, number> = {};
    for (const a of assertions) counts[outcomeOf(a)] = (counts[outcomeOf(a)] ?? 0) + 1;
    expect(counts).toEqual({ failed: 3, cantTell: 3, passed: 1, inapplicable: 1 });
    const failed = assertions.find((a) => outcomeOf(a) === 'failed')!;
    const result = (failed[`${EARL}result`] as Array<Record<string, unknown>>)[0]!;
    const pointer = (result[`${EARL}pointer`] as Array<Record<string, unknown>>)[0]!;
    expect(pointer['@type']).toEqual(['http://www.w3.org/2009/pointers#CSSSelectorPointer']);
    expect((failed[`${EARL}subject`] as Array<{ '@id': string }>)[0]!['@id']).toBe(page.url);
  });

  it('the journey has assertions for each step and for the journey itself', () => {
    const report = fixture('journey');
    const graph = toEarlDocument(report)['@graph'] as Array<Record<string, unknown>>;
    const assertions = graph.filter((n) => n['@type'] === 'earl:Assertion');
    const stepRules = report.journey!.steps.reduce((n, s) => n + OUTCOME_KEYS.reduce((m, key) => m + s.audit[key].length, 0), 0);
    expect(assertions).toHaveLength(stepRules + report.journey!.violations.length);
    expect(assertions.some((a) => (a['earl:subject'] as { '@id': string })['@id'] === '_:journey')).toBe(true);
  });
});
