import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTCOME_KEYS, ReportSchema, type Report } from '../../src/engine/model';
import { REPORT_JSON_SCHEMA_FILE, exportReport, type ExportFormat } from '../../src/report';
import { repoRoot, runCli, startServer, type CliRun, type TestServer } from './cli-server';

/**
 * `--format html,json,csv,md,earl`: every file the command line writes, checked from outside: the
 * JSON against the shipped schema, the CSV row by row, the EARL expanded as JSON-LD. The journey
 * fixtures carry privacy sentinels in their fields' value attributes.
 */
const STEPS = ['1-coordonnees.html', '2-justificatif.html', '3-recapitulatif.html', '4-confirmation.html'];
const SENTINEL = 'jrn-5581';
const FILES: Record<ExportFormat, string> = { html: 'report.html', json: 'report.json', csv: 'report.csv', md: 'report.md', earl: 'report.earl.jsonld' };
const EARL = 'http://www.w3.org/ns/earl#';

let server: TestServer;
let work: string;
let out: string;
let run: CliRun;
let report: Report;
const read = (format: ExportFormat) => readFileSync(path.join(out, FILES[format]), 'utf8');

beforeAll(async () => {
  server = await startServer({ dir: path.join(repoRoot, 'tests/fixtures/cli-journey') });
  work = mkdtempSync(path.join(tmpdir(), 'balise-cli-formats-'));
  out = path.join(work, 'all');
  run = await runCli(['--journey', ...STEPS.map((step) => `${server.origin}/${step}`), '--format', 'html,json,csv,md,earl', '--out', out, '--lang', 'en']);
  report = ReportSchema.parse(JSON.parse(read('json')));
});

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** RFC 4180 records: quoted cells may hold commas, quotes and line breaks. */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') cells.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      cells.push(cell);
      records.push(cells);
      (cells = []), (cell = ''), (i += 1);
    } else cell += c;
  }
  expect(cell + cells.join(''), 'the CSV ends with CRLF').toBe('');
  return records;
}

/** Every finding of the report, from report.json itself: each page's, each step's, then the journey's. */
function findings(r: Report) {
  const audits = [...r.pages, ...(r.journey ? [...r.journey.steps.map((s) => s.audit), { violations: r.journey.violations, incomplete: r.journey.incomplete }] : [])];
  return audits.flatMap((audit) => [...audit.violations, ...audit.incomplete]);
}

describe('npm run audit -- --format', () => {
  it('writes every format asked, and says where', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(Object.values(FILES).sort());
    for (const file of Object.values(FILES)) expect(run.stderr).toContain(path.join(out, file));
  });

  it('writes the same files as the report page exports: report.html is the self-contained HTML export', () => {
    for (const format of Object.keys(FILES) as ExportFormat[]) expect(read(format), format).toBe(exportReport(report, format).content);
    const html = read('html');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).not.toMatch(/<script|<link |src="http/i);
    expect(html).toContain('Vos coordonnées – Demande d’aide au logement');
  });

  it('report.json validates against the shipped JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(repoRoot, REPORT_JSON_SCHEMA_FILE), 'utf8')));
    const json = JSON.parse(read('json'));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.schema).toBe('balise-report/1');
    expect(json.journey.steps).toHaveLength(4);
  });

  it('report.csv has one row per finding and element, every row whole', () => {
    const [header, ...rows] = csvRecords(read('csv').replace(/^\uFEFF/, ''));
    expect(header![0]).toBe('Page address');
    const rule = header!.indexOf('Rule');
    const expected = findings(report).flatMap((finding) => Array.from({ length: Math.max(1, finding.nodes.length) }, () => finding.id));
    expect(rows.map((row) => row[rule]).sort()).toEqual(expected.sort());
    expect(rows.every((row) => row.length === header!.length)).toBe(true);
    expect(rows.filter((row) => row[rule] === 'redundant-entry')).toHaveLength(1);
  });

  it('report.earl.jsonld expands as JSON-LD: one assertion per rule of each step, and the journey’s own', async () => {
    const doc = JSON.parse(read('earl'));
    const expanded = await jsonld.expand(doc, { documentLoader: () => Promise.reject(new Error('no network')) });
    const assertions = expanded.filter((node) => (node['@type'] as string[] | undefined)?.includes(`${EARL}Assertion`));
    const journey = report.journey!;
    const perStep = journey.steps.reduce((n, step) => n + OUTCOME_KEYS.reduce((m, key) => m + step.audit[key].length, 0), 0);
    expect(assertions).toHaveLength(perStep + journey.violations.length + journey.incomplete.length + journey.passes.length);
    const value = (node: Record<string, unknown>, key: string) => (node[`${EARL}${key}`] as Array<Record<string, unknown>>)[0]!;
    const redundant = assertions.find((a) => JSON.stringify(a[`${EARL}test`]).includes('"redundant-entry"'));
    expect(redundant).toBeDefined();
    expect(value(redundant!, 'subject')['@id']).toBe('_:journey');
    expect(value(value(redundant!, 'result'), 'outcome')['@id']).toBe(`${EARL}cantTell`);
  });

  it('never writes a value from the forms, in any file', () => {
    // The fields were read: their selectors are in the findings...
    expect(read('json')).toContain('#courriel');
    // ...but never what they hold.
    for (const format of Object.keys(FILES) as ExportFormat[]) expect(read(format).toLowerCase(), format).not.toContain(SENTINEL);
  });

  it('refuses an unknown format in one line, before auditing anything', async () => {
    const bad = path.join(work, 'bad');
    const refused = await runCli([`${server.origin}/${STEPS[0]}`, '--format', 'html,pdf', '--out', bad]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr.trim().split('\n')).toEqual(['Format inconnu : pdf (formats possibles : html,json,csv,md,earl)']);
    expect(existsSync(bad)).toBe(false);
  });
});

describe('npm run audit -- --help', () => {
  it('lists every option and every file in plain words, in French and in English', async () => {
    const [fr, en] = await Promise.all([runCli(['--help']), runCli(['--help', '--lang', 'en'])]);
    for (const help of [fr, en]) {
      expect(help.code).toBe(0);
      for (const option of ['--journey', '--format', '--out', '--lang', '--help', ...Object.values(FILES)]) expect(help.stderr).toContain(option);
    }
    expect(fr.stderr).toContain('Les pages sont les étapes d’une même démarche');
    expect(en.stderr).toContain('The pages are the steps of one procedure');
    expect(en.stderr).toContain('one row per finding, for a spreadsheet');
  });
});
