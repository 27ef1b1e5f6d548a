import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../engine/model';
import { failedStepReason } from './failed-step-reason';
import { buildReportView } from './view-model';

const journey = ReportSchema.parse(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../tests/reports/fixtures/journey.report.json'), 'utf8')),
);

describe('buildReportView places', () => {
  // The CLI (--journey) and the recorder list each step's audit under `pages` as well.
  const withStepPages = { ...journey, pages: journey.journey!.steps.map((step) => step.audit) };

  it('names a journey step audit listed as a page by its step, once', () => {
    const view = buildReportView(withStepPages, 'fr');
    const onPages = view.findings.filter((f) => f.place.kind !== 'journey');
    expect(onPages.length).toBeGreaterThan(0);
    for (const finding of onPages) expect(finding.placeLabel).toMatch(/^Étape \d+$/);
    expect(view.findings.length).toBe(buildReportView(journey, 'fr').findings.length);
  });

  it('keeps "Page" for a report of separate pages', () => {
    const pagesOnly = { ...withStepPages, journey: undefined };
    const labels = buildReportView(pagesOnly, 'en').findings.map((f) => f.placeLabel);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((label) => /^Page \d+$/.test(label))).toBe(true);
  });
});

describe('buildReportView steps', () => {
  it('lists each step audit once, named by its step, when the report keeps step audits in the journey only', () => {
    expect(journey.pages).toEqual([]);
    const view = buildReportView(journey, 'en');
    expect(view.pages.map((p) => [p.label, p.url])).toEqual(journey.journey!.steps.map((s) => [`Step ${s.index + 1}`, s.url]));
  });

  it('keeps a failed step in its place, with its reason in the language asked', () => {
    const failedFirst = { ...journey, journey: { ...journey.journey!, failedSteps: [{ index: 1, url: 'file:///…/etape.html', enteredAt: '2025-03-05T14:01:00.000Z', error: 'file-not-found' }] } };
    const steps = failedFirst.journey.steps.map((s, i) => ({ ...s, index: i === 0 ? 0 : i + 1 }));
    const report = { ...failedFirst, journey: { ...failedFirst.journey, steps } };
    const view = buildReportView(report, 'fr');
    expect(view.journey!.steps.map((s) => [s.index, s.failed ?? null])).toEqual([
      [0, null],
      [1, 'fichier introuvable.'],
      [2, null],
      [3, null],
    ]);
    expect(view.journey!.countLabel).toBe('4 étapes, dont 1 non vérifiée');
    expect(view.journey!.failedNote).toMatch(/^Une étape n’a pas pu être vérifiée/);
    const en = buildReportView(report, 'en').journey!;
    expect(en.steps.find((s) => s.failed)?.failed).toBe('file not found.');
    expect(en.failedNote).toMatch(/^One step could not be checked/);
  });

  it('says nothing of failed steps when there are none', () => {
    const view = buildReportView({ ...journey, journey: { ...journey.journey!, failedSteps: undefined } }, 'fr');
    expect(view.journey!.countLabel).toBe('3 étapes');
    expect(view.journey!.failedNote).toBeUndefined();
  });
});

describe('failedStepReason', () => {
  it('says our codes, HTTP statuses and browser errors in words', () => {
    expect(failedStepReason('http-404', 'fr')).toBe('le serveur a répondu 404 au lieu de la page.');
    expect(failedStepReason('http-404', 'en')).toBe('the server answered 404 instead of the page.');
    expect(failedStepReason('bad-address', 'en')).toBe('unrecognised address (neither http(s) nor a file).');
    expect(failedStepReason('tab-closed', 'fr')).toBe('l’onglet a été fermé.');
    expect(failedStepReason('Frame with ID 0 is showing error page', 'en')).toBe('the page did not load (site unavailable or connection lost).');
    expect(failedStepReason('net::ERR_CONNECTION_REFUSED', 'fr')).toBe('la page n’a pas pu être ouverte ou analysée (net::ERR_CONNECTION_REFUSED).');
    // An inherited property name is not a code.
    expect(failedStepReason('constructor', 'en')).toBe('the page could not be opened or audited (constructor).');
  });
  it('quotes the browser\'s words as they are, with addresses redacted and personal data masked', () => {
    expect(failedStepReason("net::ERR_X $' $& tail", 'en')).toBe("the page could not be opened or audited (net::ERR_X $' $& tail).");
    expect(failedStepReason('Cannot open https://x.gouv.fr/a?nir=185057800608436 for marie.dupont@exemple.fr', 'en')).toBe(
      'the page could not be opened or audited (Cannot open https://x.gouv.fr/a for […]).',
    );
  });
});

describe('buildReportView evidence', () => {
  const audit = ReportSchema.parse(
    JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../tests/reports/fixtures/audit.report.json'), 'utf8')),
  );

  it('names evidence in the report language and says coded values in words, never raw keys', () => {
    const rule = audit.pages[0]!.violations[0]!;
    const node = { ...rule.nodes[0]!, evidence: { tag: 'input', name: 'email', requiredness: 'required', confirmation: false, mobile: true, conformity: 'partial', found: 'session expire' } };
    const report = { ...audit, pages: [{ ...audit.pages[0]!, violations: [{ ...rule, nodes: [node] }], incomplete: [] }] };
    const fr = buildReportView(report, 'fr').findings[0]!.nodes[0]!.evidence;
    expect(fr).toEqual([
      ['Marque d’obligation', 'attribut required (certain)'],
      ['Demandé une deuxième fois pour confirmer', 'non'],
      ['Mobile demandé', 'oui'],
      ['Conformité déclarée', 'partielle'],
      ['Texte trouvé', 'session expire'],
    ]);
    const en = buildReportView(report, 'en').findings[0]!.nodes[0]!.evidence;
    expect(en[0]).toEqual(['How required is shown', 'required attribute (certain)']);
  });
});

describe('buildReportView targets', () => {
  it('shows a journey finding on its step numbered from 1, as the rest of the report', () => {
    const j = journey.journey!;
    const rule = { ...j.violations[0]!, nodes: [{ ...j.violations[0]!.nodes[0]!, target: ['step-1', '#courriel-contact'] }] };
    const view = buildReportView({ ...journey, journey: { ...j, violations: [rule] } }, 'fr');
    expect(view.findings.find((f) => f.place.kind === 'journey')!.nodes[0]!.target).toBe('Étape 2 | #courriel-contact');
  });
});

describe('buildReportView skipped frames', () => {
  it('says why a frame was not audited in the report language', () => {
    const audit = ReportSchema.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../tests/reports/fixtures/audit.report.json'), 'utf8')));
    const page = { ...audit.pages[0]!, skippedFrames: [{ url: 'https://www.google.com/recaptcha/api2/anchor', reason: 'frame-not-loaded' }, { url: 'https://a.test/', reason: 'the frame did not load' }] };
    const view = buildReportView({ ...audit, pages: [page] }, 'fr');
    expect(view.pages[0]!.skippedFrames.map((f) => f.reason)).toEqual(['le cadre ne s’est pas chargé', 'le cadre ne s’est pas chargé']);
    expect(buildReportView({ ...audit, pages: [page] }, 'en').pages[0]!.skippedFrames[0]!.reason).toBe('the frame did not load');
  });
});
