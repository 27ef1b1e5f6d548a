import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JourneyMetricsSchema, ReportSchema, type Report, type RuleResult } from '../../src/engine/model';
import { repoRoot, runCli, sharedFixture, startServer, type CliRun, type TestServer } from './cli-server';

/**
 * `npm run audit -- --journey`: the targets are the steps of one procedure. A four-step procedure
 * of our own (e-mail asked twice, an upload, a summary, a confirmation with a reference) served
 * on 127.0.0.1, and GOV.UK question pages opened as files.
 */
const STEPS = ['1-coordonnees.html', '2-justificatif.html', '3-recapitulatif.html', '4-confirmation.html'];
const GOVUK = ['what-is-your-postcode.html', 'what-is-your-address.html', 'upload-your-photo.html', 'check-your-answers.html'];

let server: TestServer;
let work: string;

beforeAll(async () => {
  server = await startServer({ dir: path.join(repoRoot, 'tests/fixtures/cli-journey') });
  work = mkdtempSync(path.join(tmpdir(), 'balise-cli-journey-'));
});

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** An address on 127.0.0.1 where nothing listens any more: the browser is refused at once. */
async function closedOrigin(): Promise<string> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}`;
}

const readReport = (dir: string): Report => ReportSchema.parse(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')));
const ids = (rules: readonly RuleResult[]) => rules.map((rule) => rule.id).sort();

describe('npm run audit -- --journey', () => {
  let run: CliRun;
  let report: Report;

  beforeAll(async () => {
    const out = path.join(work, 'own');
    run = await runCli(['--journey', ...STEPS.map((step) => `${server.origin}/${step}`), '--out', out]);
    report = readReport(out);
  });

  it('turns each target into a step, in order, with its title and headings', () => {
    expect(run.code, run.stderr).toBe(0);
    const journey = report.journey!;
    expect(journey.name).toBe('Vos coordonnées – Demande d’aide au logement');
    expect(journey.steps.map((s) => [s.index, s.url, s.headings])).toEqual([
      [0, `${server.origin}/1-coordonnees.html`, ['Vos coordonnées']],
      [1, `${server.origin}/2-justificatif.html`, ['Votre justificatif de domicile']],
      [2, `${server.origin}/3-recapitulatif.html`, ['Récapitulatif de votre demande']],
      [3, `${server.origin}/4-confirmation.html`, ['Votre demande a bien été envoyée']],
    ]);
    expect(journey.steps.every((s) => s.timeSpentMs === undefined)).toBe(true);
    expect(Date.parse(journey.startedAt)).toBeLessThanOrEqual(Date.parse(journey.endedAt!));
    // Each step's audit is written once, in the journey: `pages` is for pages audited on their own.
    expect(report.pages).toEqual([]);
    expect(journey.steps.every((s) => s.audit.url === s.url && s.audit.violations.length + s.audit.passes.length > 0)).toBe(true);
    expect(journey.failedSteps).toBeUndefined();
    // Steps keep counts, not elements, of what passed: a long procedure stays small. Only passed
    // elements with evidence stay (an accessibility statement found is one; the filing reads it).
    const passedNodes = journey.steps.flatMap((s) => s.audit.passes.flatMap((rule) => rule.nodes));
    expect(passedNodes.every((node) => node.evidence && Object.keys(node.evidence).length > 0)).toBe(true);
    expect(journey.steps[0]!.audit.metrics['passedNodes']).toBeTypeOf('object');
  });

  it('counts what the procedure costs', () => {
    const metrics = JourneyMetricsSchema.parse(report.journey!.metrics);
    expect(metrics.steps).toEqual({ recorded: 4, notChecked: [], distinctScreens: 4, formScreens: 4, overDsfrLimit: false });
    expect(metrics.lowerBound).toBe(false);
    expect(metrics.fields).toEqual({ all: 4, required: 3, optional: 1, perStep: [2, 2, 0, 0] });
    expect(metrics.uploads).toBe(1);
    expect(metrics.requirements.email).toEqual({ met: true, certain: true, steps: [0, 1] });
    expect(metrics.stepIndicator).toEqual({ present: true, claimedTotals: [4], screensSeen: 4, consistent: true });
    expect(metrics.navigation.back).toEqual({ available: true, steps: [1, 2], missingSteps: [] });
    expect(metrics.navigation.summary).toEqual({ present: true, step: 2 });
    expect(metrics.navigation.acknowledgement).toEqual({ confirmation: true, reference: true, step: 3 });
    // Three simple fields at 5 s and one upload at 3 min.
    expect(metrics.effort.totalSeconds).toBe(3 * 5 + 180);
    expect(metrics.timeSpent).toEqual({ totalMs: null, stepsTimed: 0 });
    expect(run.stderr).toContain('Démarche : 4 étapes, 4 champs (3 obligatoires), 1 pièce à téléverser, effort estimé 4 min');
  });

  it('finds the e-mail asked again on step 2 (to check: it may be pre-filled), and nothing else wrong with the journey', () => {
    const journey = report.journey!;
    expect(ids(journey.violations)).toEqual([]);
    expect(ids(journey.incomplete)).toEqual(['redundant-entry']);
    expect(ids(journey.passes)).toEqual(['already-known-data', 'no-acknowledgement', 'step-navigation']);
    const [node, ...others] = journey.incomplete[0]!.nodes;
    expect(others).toEqual([]);
    expect(node!.evidence).toMatchObject({ step: 1, firstStep: 0, autocomplete: 'email', label: 'Adresse e-mail pour vous répondre' });
  });

  it('follows GOV.UK question pages as one procedure, in English', async () => {
    const out = path.join(work, 'govuk');
    const dir = sharedFixture('govuk-frontend');
    const govuk = await runCli(['--journey', ...GOVUK.map((page) => path.join(dir, page)), '--out', out, '--lang', 'en']);
    expect(govuk.code, govuk.stderr).toBe(0);
    const journey = readReport(out).journey!;
    expect(journey.steps.map((s) => s.headings[0])).toEqual([
      'What is your home postcode?',
      'What is your address?',
      'Upload your photo',
      'Check your answers before sending your application',
    ]);
    const metrics = JourneyMetricsSchema.parse(journey.metrics);
    expect(metrics.uploads).toBe(1);
    expect(metrics.navigation.summary).toEqual({ present: true, step: 3 });
    expect(metrics.navigation.back.missingSteps).toEqual([]);
    // The postcode, asked on its own page, is asked again in the address (same autocomplete token).
    const redundant = journey.incomplete.find((rule) => rule.id === 'redundant-entry');
    expect(redundant?.nodes.map((n) => n.evidence)).toEqual([expect.objectContaining({ step: 1, firstStep: 0, autocomplete: 'postal-code' })]);
    // No step indicator on any question page: a person cannot tell how long it is.
    expect(ids(journey.incomplete)).toContain('step-navigation');
    expect(govuk.stderr).toContain('Procedure: 4 steps');
  });

  it('keeps a step that cannot be opened in its place, marked failed with its reason, in every format, and exits non-zero', async () => {
    const out = path.join(work, 'gap');
    const closed = await closedOrigin();
    const targets = [
      `${server.origin}/${STEPS[0]}`,
      // A query string may carry what a person typed: it never reaches the report.
      `${server.origin}/etape-disparue.html?nom=Dupont`,
      path.join(work, 'Dupont-papiers', 'etape-manquante.html'),
      `${closed}/etape-injoignable?nir=185057800608436`,
      `${server.origin}/${STEPS[1]}`,
    ];
    const gap = await runCli(['--journey', ...targets, '--out', out, '--lang', 'en', '--format', 'html,json,csv,md,earl']);
    expect(gap.code).toBe(1);
    expect(gap.stderr).toContain(`The server answered 404 for ${server.origin}/etape-disparue.html`);
    expect(gap.stderr).toContain('File not found:');
    expect(gap.stderr).toContain(`Page unreachable: ${closed}/etape-injoignable`);
    expect(gap.stderr).toContain('Steps 2, 3, 4 not checked: the report keeps them in place, with the reason.');

    const report = readReport(out);
    const journey = report.journey!;
    expect(journey.steps.map((s) => [s.index, s.url])).toEqual([
      [0, `${server.origin}/1-coordonnees.html`],
      [4, `${server.origin}/2-justificatif.html`],
    ]);
    expect(journey.failedSteps?.map((s) => [s.index, s.url, s.error])).toEqual([
      [1, `${server.origin}/etape-disparue.html`, 'http-404'],
      [2, 'file:///…/etape-manquante.html', 'file-not-found'],
      [3, `${closed}/etape-injoignable`, expect.stringMatching(/^net::ERR_CONNECTION_REFUSED/)],
    ]);
    expect(report.pages).toEqual([]);
    // The steps that were audited are still analysed as one procedure.
    expect(ids(journey.incomplete)).toContain('redundant-entry');

    const file = (name: string) => readFileSync(path.join(out, name), 'utf8');
    const html = file('report.html');
    expect(html).toContain('5 steps, 3 of them not checked');
    expect(html).toContain('3 steps could not be checked (see the journey)');
    expect(html).toContain(`<li><strong>Not checked</strong>: the server answered 404 instead of the page. <code>${server.origin}/etape-disparue.html</code></li>`);
    expect(html).toContain('<li><strong>Not checked</strong>: file not found. <code>file:///…/etape-manquante.html</code></li>');
    expect(file('report.md')).toContain(`2. **Not checked**: the server answered 404 instead of the page. (${server.origin}/etape-disparue.html)`);
    expect(file('report.md')).toContain(`4. **Not checked**: the page could not be opened or audited (net::ERR\\_CONNECTION\\_REFUSED). (${closed}/etape-injoignable)`);
    const untested = file('report.csv').split('\r\n').filter((line) => line.includes('"Not checked"'));
    expect(untested).toEqual([
      `"${server.origin}/etape-disparue.html","","Step 2","","balise","Not checked","","","","","","","the server answered 404 instead of the page.","","",""`,
      `"file:///…/etape-manquante.html","","Step 3","","balise","Not checked","","","","","","","file not found.","","",""`,
      expect.stringMatching(new RegExp(`^"${closed}/etape-injoignable","","Step 4",.*"Not checked".*net::ERR_CONNECTION_REFUSED`)),
    ]);
    const earl = JSON.parse(file('report.earl.jsonld')) as { '@graph': Array<Record<string, unknown>> };
    expect(earl['@graph'].find((node) => node['@id'] === '_:journey')?.['dct:hasPart']).toEqual([
      `${server.origin}/1-coordonnees.html`,
      `${server.origin}/etape-disparue.html`,
      'file:///…/etape-manquante.html',
      `${closed}/etape-injoignable`,
      `${server.origin}/2-justificatif.html`,
    ]);
    // No typed value, folder name or identifier from the addresses, in any file.
    for (const name of readdirSync(out)) expect(file(name), name).not.toMatch(/Dupont|185057800608436/);
  });

  it('does not call a missing receipt certain when the step after the confirmation could not be checked', async () => {
    // The confirmation gives no file number: seen last, that is a certain violation.
    const steps = [...STEPS.slice(0, 3), '4-confirmation-sans-numero.html'].map((step) => `${server.origin}/${step}`);
    const seen = await runCli(['--journey', ...steps, '--out', path.join(work, 'no-receipt')]);
    expect(seen.code, seen.stderr).toBe(0);
    expect(ids(readReport(path.join(work, 'no-receipt')).journey!.violations)).toContain('no-acknowledgement');

    // A last step that could not be opened may be where the receipt is given: it needs review, and says why.
    const out = path.join(work, 'no-receipt-gap');
    const gap = await runCli(['--journey', ...steps, path.join(work, 'recu-introuvable.html'), '--out', out]);
    expect(gap.code).toBe(1);
    expect(gap.stderr).toContain('Démarche : 5 étapes dont 1 non vérifiée ; sur les étapes vérifiées : 4 champs (3 obligatoires)');
    const journey = readReport(out).journey!;
    expect(journey.failedSteps?.map((s) => [s.index, s.error])).toEqual([[4, 'file-not-found']]);
    expect(ids(journey.violations)).toEqual([]);
    expect(ids(journey.incomplete)).toContain('redundant-entry');
    const noAck = journey.incomplete.find((rule) => rule.id === 'no-acknowledgement');
    expect(noAck?.nodes.map((n) => [n.target, n.failureSummary])).toEqual([
      [['step-3'], 'La page de confirmation (étape 4) ne donne ni numéro de dossier ni accusé de réception, mais l’étape 5 n’a pas pu être vérifiée, après elle : la preuve y est peut-être donnée. Vérifiez à la main.'],
    ]);
    const metrics = JourneyMetricsSchema.parse(journey.metrics);
    expect(metrics).toMatchObject({ lowerBound: true, steps: { recorded: 4, notChecked: [4] } });
    expect(metrics.fields.perStep).toEqual([2, 2, 0, 0, null]);
    // "Étape 4 sur 4" fitted the screens seen, but a fifth screen was met and not seen.
    expect(metrics.stepIndicator.consistent).toBeNull();
  });

  it('writes no journey without --journey, and refuses --journey without steps', async () => {
    const out = path.join(work, 'pages');
    const pages = await runCli([`${server.origin}/${STEPS[0]}`, `${server.origin}/${STEPS[1]}`, '--out', out]);
    expect(pages.code, pages.stderr).toBe(0);
    const report = readReport(out);
    expect(report.journey).toBeUndefined();
    expect(report.pages).toHaveLength(2);
    expect(readdirSync(out).sort()).toEqual(['report.html', 'report.json']);

    const empty = await runCli(['--journey', '--lang', 'en']);
    expect(empty.code).not.toBe(0);
    expect(empty.stderr.trim().split('\n')).toEqual(['With --journey, give the steps of the procedure in order: npm run audit -- --journey <step 1> <step 2> ...']);
  });
});
