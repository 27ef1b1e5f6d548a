import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSchema, placeholdersOf, type Report } from '../engine/model';
import { applyExportChoices, buildReportView, referencesFromTags, stripUrl } from './model';
import { csvCell, exportReport, EXPORT_FORMATS, toCsv, toJson } from './export';
import { draftFiling, FILING_TEMPLATES, MAX_MAILTO_LENGTH, RECIPIENTS } from './filing';
import { parseImportedReport } from './import/parse-imported-report';

const dir = resolve(import.meta.dirname, '../../tests/reports/fixtures');
const fixture = (name: string): Report => ReportSchema.parse(JSON.parse(readFileSync(resolve(dir, `${name}.report.json`), 'utf8')));

describe('references', () => {
  it('reads WCAG, EN 301 549 and RGAA references from axe tags and skips level tags', () => {
    expect(referencesFromTags(['wcag2a', 'wcag21aa', 'wcag111', 'wcag1412', 'EN-301-549', 'EN-9.1.1.1', 'RGAAv4', 'RGAA-11.1.1', 'barrier.captcha'])).toEqual({
      wcag: ['1.1.1', '1.4.12'],
      wcagAaa: [],
      en301549: ['9.1.1.1'],
      rgaa: ['11.1.1'],
    });
  });
});

describe('view model', () => {
  it('puts the plain summary first, certain findings before those to check, most blocking first', () => {
    const view = buildReportView(fixture('audit'));
    expect(view.summary.map((l) => [l.outcome, l.barrier])).toEqual([
      ['fail', 'email-required'],
      ['fail', 'inaccessible'],
      ['review', 'captcha'],
      ['review', 'no-accessibility-statement'],
    ]);
    expect(view.summary[0]!.sentence).toBe('Une personne sans adresse e-mail ne peut pas terminer cette démarche.');
    expect(view.empty).toBe(false);
    expect(view.observations).toHaveLength(1);
    expect(view.findings.every((f) => f.refs.legal.length > 0)).toBe(true);
    expect(view).not.toHaveProperty('grade');
  });

  it('speaks English when asked', () => {
    expect(buildReportView(fixture('audit'), 'en').summary[0]!.sentence).toBe('A person without an e-mail address cannot finish this procedure.');
  });

  it('says honestly that an empty audit found nothing automatically and lists what needs a person', () => {
    const view = buildReportView(fixture('empty'));
    expect(view.empty).toBe(true);
    expect(view.summary).toEqual([]);
    expect(view.humanChecks.join(' ')).toMatch(/clavier/);
    expect(exportReport(fixture('empty'), 'html').content).toContain('Aucun obstacle détecté automatiquement');
  });

  it('reads journey metrics loosely, keeping an indicator level as a word', () => {
    const view = buildReportView(fixture('journey'));
    expect(view.journey?.metrics).toContainEqual({ key: 'estimatedMinutes', label: 'Temps estimé (minutes)', value: '18', level: 'orange', levelLabel: 'orange : à améliorer' });
    expect(view.journey?.metrics).toContainEqual({ key: 'fields.total', label: 'Champs à remplir', value: '6' });
    expect(view.findings.map((f) => f.id)).toEqual(['step-0/violations/mobile-phone-required', 'step-1/incomplete/document-upload', 'journey/violations/redundant-entry']);
  });
});

describe('export choices (preview)', () => {
  it('removes a finding, an observation and the URL path; never brings a query string back', () => {
    const report = fixture('audit');
    report.pages[0]!.url += '?dossier=123#x';
    const chosen = applyExportChoices(report, { removeFindings: ['page-0/violations/image-alt'], removeObservations: ['obs-1'], originOnly: true });
    expect(chosen.pages[0]!.url).toBe('https://demarches.exemple.gouv.fr');
    expect(chosen.pages[0]!.violations.map((r) => r.id)).toEqual(['label', 'email-required']);
    expect(chosen.observations).toEqual([]);
    expect(chosen.pages[0]!.skippedFrames[0]!.url).toBe('https://captcha.exemple.test');
    expect(report.pages[0]!.violations).toHaveLength(3);
    for (const format of EXPORT_FORMATS) expect(exportReport(chosen, format).content).not.toContain('aide-logement');
    expect(applyExportChoices(report).pages[0]!.url).toBe('https://demarches.exemple.gouv.fr/aide-logement/demande');
  });

  it('removes journey step and journey-wide findings by id', () => {
    const chosen = applyExportChoices(fixture('journey'), { removeFindings: ['step-1/incomplete/document-upload', 'journey/violations/redundant-entry'] });
    expect(buildReportView(chosen).findings.map((f) => f.id)).toEqual(['step-0/violations/mobile-phone-required']);
  });

  it('strips URLs without throwing on odd input', () => {
    expect(stripUrl('not a url?x=1', false)).toBe('not a url');
    expect(stripUrl('https://u:p@a.test/b?c#d', false)).toBe('https://a.test/b');
  });
});

describe('CSV', () => {
  it('quotes every cell (RFC 4180) and defuses spreadsheet formulas', () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    for (const evil of ['=HYPERLINK("x")', '+1', '-1', '@SUM(A1)']) expect(csvCell(evil)).toBe(`"'${evil.replace(/"/g, '""')}"`);
    const report = fixture('audit');
    report.pages[0]!.title = '=cmd|calc';
    const csv = toCsv(report);
    expect(csv).toContain(`"'=cmd|calc"`);
    expect(csv.split('\r\n')[1]!.split('";"')).toHaveLength(16);
  });

  /** RFC 4180 reader: quoted cells may hold the separator, quotes and line breaks. */
  function records(text: string, sep: string): string[][] {
    const out: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
        else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === sep) row.push(cell), (cell = '');
      else if (c === '\r' && text[i + 1] === '\n') row.push(cell), out.push(row), (row = []), (cell = ''), i++;
      else cell += c;
    }
    return out;
  }

  it('opens in a French spreadsheet: BOM, semicolons, French headers and words, what each element shows', () => {
    const csv = toCsv(fixture('audit'));
    expect(csv.startsWith('\uFEFF"Adresse de la page";"Titre de la page"')).toBe(true);
    const [header, ...rows] = records(csv.slice(1), ';');
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
    const email = rows.find((r) => r[header!.indexOf('Règle')] === 'email-required')!;
    const cell = (name: string) => email[header!.indexOf(name)];
    expect(cell('Résultat')).toBe('Constaté');
    expect(cell('Gravité')).toBe('grave');
    expect(cell('Obstacles')).toBe('Adresse e-mail obligatoire');
    expect(cell('Ce qui est constaté sur cet élément')).toBe('Le champ « Adresse e-mail » est obligatoire.');
    expect(cell('Preuve')).toContain('Libellé du champ : Adresse e-mail');
    expect(csv).not.toMatch(/"(fail|review|serious|critical)"/);
  });

  it('keeps commas and English words for an English report', () => {
    const csv = toCsv({ ...fixture('audit'), lang: 'en' });
    const [header, ...rows] = records(csv.slice(1), ',');
    expect(header![0]).toBe('Page address');
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
    expect(rows.map((r) => r[header!.indexOf('Outcome')])).toContain('Found');
  });
});

describe('JSON export', () => {
  it('refuses to write an invalid report', () => {
    const report = fixture('audit') as unknown as { schema: string };
    report.schema = 'autre';
    expect(() => toJson(report as unknown as Report)).toThrow(/Invalid report/);
  });
});

describe('import', () => {
  const json = exportReport(fixture('journey'), 'json').content;
  it('opens a report Balise wrote', () => {
    const result = parseImportedReport(json);
    expect(result.ok && result.report.journey?.name).toBe('Inscription au service de garde');
    expect(result.ok && result.report.journey?.failedSteps).toEqual([{ index: 3, url: 'https://www.exemple.be/inscription/suivi', enteredAt: '2025-03-05T14:07:00.000Z', error: 'http-503' }]);
  });
  it('still opens a journey report that repeats its step audits as pages, as Balise 0.1.0 wrote them, and counts each audit once', () => {
    const journey = fixture('journey');
    const old = { ...journey, pages: journey.journey!.steps.map((step) => step.audit), journey: { ...journey.journey!, failedSteps: undefined } };
    const result = parseImportedReport(JSON.stringify(old));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const view = buildReportView(result.report);
    expect(view.findings.length).toBe(buildReportView(journey).findings.length);
    expect(view.pages.map((p) => p.label)).toEqual(['Étape 1', 'Étape 2', 'Étape 3']);
  });
  it('refuses bad files with a reason in both languages', () => {
    const cases: Array<[string, string]> = [
      ['{ pas du json', 'not-json'],
      ['[1,2]', 'not-a-report'],
      ['{"schema":"axe-results"}', 'not-a-report'],
      [json.replace('"balise-report/1"', '"balise-report/2"'), 'other-version'],
      [json.replace('"lang": "fr"', '"lang": "de"'), 'invalid'],
    ];
    for (const [text, code] of cases) {
      const result = parseImportedReport(text);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.code).toBe(code);
      expect(result.reason.fr).toBeTruthy();
      expect(result.reason.en).toBeTruthy();
    }
    const other = parseImportedReport(json.replace('"balise-report/1"', '"balise-report/2"'));
    expect(!other.ok && other.reason.fr).toContain('balise-report/2');
  });
});

describe('filing drafts', () => {
  it('finds the service contact in the statement evidence and asks for a fix and a non-digital way', () => {
    const draft = draftFiling({ report: fixture('journey'), recipient: 'service', lang: 'fr' });
    expect(draft.to).toBe('accessibilite@exemple.be');
    expect(draft.subject).toContain('Inscription au service de garde');
    expect(draft.body).toContain('5 mars 2025');
    expect(draft.body).toContain('Téléphone mobile obligatoire');
    expect(draft.body).toContain('cela bloque les personnes sans mobile');
    expect(draft.body).toContain('sans internet');
    expect(draft.body).toContain('corriger');
    expect(draft.body).toContain('rapport détaillé est joint');
    expect(draft.body).toContain('Loi belge du 19 juillet 2018'.slice(0, 10));
    expect(draft.mailtoUrl.startsWith('mailto:accessibilite@exemple.be?subject=')).toBe(true);
    expect(decodeURIComponent(draft.mailtoUrl.split('&body=')[1]!)).toContain('Téléphone mobile obligatoire');
  });

  it('leaves the address empty and says so when the page gives none', () => {
    const draft = draftFiling({ report: fixture('audit'), recipient: 'service', lang: 'en' });
    expect(draft.to).toBe('');
    expect(draft.notes.join(' ')).toMatch(/No address found/);
    expect(draft.body).toContain('I also ask you to offer another way');
  });

  it('keeps French texts for the Défenseur des droits and Belgian texts for Unia', () => {
    const ddd = draftFiling({ report: fixture('audit'), recipient: 'defenseur-des-droits', lang: 'fr' });
    expect(ddd.body).toContain('Loi n° 2005-102');
    expect(ddd.body).not.toContain('Loi belge');
    const unia = draftFiling({ report: fixture('audit'), recipient: 'unia', lang: 'fr' });
    expect(unia.body).not.toContain('2005-102');
    expect(unia.body).toContain('Loi belge');
  });

  it('shortens the mailto link under the limit and says how many barriers are left out', () => {
    const report = fixture('audit');
    const many = report.pages[0]!.violations[2]!;
    const barriers = ['account-required', 'digital-identity-required', 'mobile-phone-required', 'document-upload', 'time-limit', 'rigid-input', 'unclear-errors', 'redundant-entry', 'step-navigation', 'complex-language'] as const;
    report.pages[0]!.violations.push(...barriers.map((b) => ({ ...many, id: `rule-${b}`, barriers: [b], tags: [] })));
    for (const recipient of RECIPIENTS) {
      const draft = draftFiling({ report, recipient, lang: 'fr' });
      expect(draft.mailtoUrl.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
      expect(decodeURIComponent(draft.mailtoUrl.split('&body=')[1]!)).toMatch(/et \d+ autres?, voir le rapport joint/);
      expect(draft.body).not.toMatch(/voir le rapport joint\./);
      expect(draft.notes.join(' ')).toMatch(/raccourci/);
    }
  });

  it('has the same template keys and placeholders in French and English', () => {
    const shape = (value: unknown, path = ''): string[] =>
      typeof value === 'string' ? [`${path}:${placeholdersOf(value).join(',')}`] : Object.entries(value as object).flatMap(([k, v]) => shape(v, `${path}.${k}`));
    expect(shape(FILING_TEMPLATES.en).sort()).toEqual(shape(FILING_TEMPLATES.fr).sort());
  });
});
