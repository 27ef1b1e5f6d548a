import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../../src/engine/model';
import { runCli, sharedFixture, startServer, type TestServer } from './cli-server';

function readReport(dir: string): Report {
  return ReportSchema.parse(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')));
}

/** What the WAI BAD "before" home page gets wrong and the "after" page repairs (observed, then written down). */
const REPAIRED_RULES = ['color-contrast', 'html-has-lang', 'image-alt', 'link-name', 'select-name'];

let server: TestServer;
let work: string;

beforeAll(async () => {
  server = await startServer({ dir: sharedFixture('wai-bad') });
  work = mkdtempSync(path.join(tmpdir(), 'balise-cli-'));
});

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm run audit', () => {
  it('audits the WAI BAD before and after pages in English', async () => {
    const out = path.join(work, 'en');
    const run = await runCli([`${server.origin}/before/home.html`, `${server.origin}/after/home.html`, '--out', out, '--lang', 'en']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`Auditing 1/2: ${server.origin}/before/home.html…`);
    expect(run.stderr).toContain(path.join(out, 'report.html'));

    const report = readReport(out);
    expect(report.lang).toBe('en');
    const [before, after] = report.pages;
    const failed = (page: typeof before) => new Set(page!.violations.filter((r) => r.source === 'axe').map((r) => r.id));
    for (const id of REPAIRED_RULES) {
      expect(failed(before), `before: ${id}`).toContain(id);
      expect(failed(after), `after: ${id}`).not.toContain(id);
    }
    expect(before!.violations.find((r) => r.id === 'image-alt')?.help).toBe('Images must have alternative text');

    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('Images must have alternative text');
  });

  it('speaks French with --lang fr, in the report and on the terminal', async () => {
    const out = path.join(work, 'fr');
    const run = await runCli([`${server.origin}/before/home.html`, '--out', out, '--lang', 'fr']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`Audit 1/1 : ${server.origin}/before/home.html…`);
    const report = readReport(out);
    expect(report.lang).toBe('fr');
    expect(report.pages[0]!.violations.find((r) => r.id === 'image-alt')?.help).toBe('Les images doivent avoir une alternative textuelle');
    expect(readFileSync(path.join(out, 'report.html'), 'utf8')).toMatch(/<html lang="fr">/);
  });

  it('audits the bundled sample procedure when given no target', async () => {
    const run = await runCli([], {}, work);
    expect(run.code, run.stderr).toBe(0);
    const report = readReport(path.join(work, 'balise-report'));
    const page = report.pages[0]!;
    expect(page.url).toBe('file:///…/demarche-exemple.html');
    const violations = page.violations.map((r) => r.id);
    expect(violations).toEqual(expect.arrayContaining(['label', 'color-contrast']));
    const barriers = new Set([...page.violations, ...page.incomplete].flatMap((r) => r.barriers));
    expect([...barriers]).toEqual(expect.arrayContaining(['email-required', 'mobile-phone-required']));
  });

  it('stops with one clear line when a file is missing', async () => {
    const out = path.join(work, 'missing');
    const run = await runCli(['no/such/page.html', '--out', out]);
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual(['Fichier introuvable : no/such/page.html']);
    expect(existsSync(out)).toBe(false);
  });

  it('fails clearly on an unreachable address and writes no report', async () => {
    const out = path.join(work, 'unreachable');
    const run = await runCli(['http://127.0.0.1:1/', '--out', out, '--lang', 'en']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/^Page unreachable: http:\/\/127\.0\.0\.1:1\/ \(net::ERR_[A-Z_]+\)$/m);
    expect(existsSync(out)).toBe(false);
  });

  it('says how to install Chromium when it is missing', async () => {
    const run = await runCli(['--lang', 'en'], { CHROMIUM_PATH: '/nonexistent' });
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('sudo apt-get install -y chromium');
    expect(lines[0]).toContain('CHROMIUM_PATH');
  });

  it('rejects an unknown language in one line', async () => {
    const run = await runCli(['--lang', 'de']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('Langue inconnue : de');
  });
});
