import { describe, expect, it } from 'vitest';
import { runAudit } from '../engine/run-audit';
import { buildReport } from './build-report';
import { buildReportView } from './model';
import { draftFiling } from './filing';

/**
 * A service that links to its accessibility statement must never be told it has none: a
 * statement that declares partial or no conformity gets its own wording, in the report and in
 * the filing drafts. A page with no statement at all keeps the "no statement" wording.
 */
async function reportFor(footer: string, lang: 'fr' | 'en' = 'fr') {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://demarche.exemple.fr/logement');
  document.documentElement.lang = lang;
  document.title = 'Demande de logement social';
  document.body.innerHTML = `<main><h1>Demande de logement social</h1></main><footer>${footer}</footer>`;
  const audit = await runAudit(document, { lang, axe: false });
  return buildReport({ lang, axeVersion: 'test', pages: [audit], createdAt: new Date('2025-03-04T10:00:00.000Z') });
}

const NO_STATEMENT = /Pas de déclaration d’accessibilité|Une déclaration d’accessibilité est obligatoire|ne dit pas ce qui est accessible/;
const NO_STATEMENT_EN = /No accessibility statement|must publish an accessibility statement|does not say what is accessible/;

describe('accessibility statement wording', () => {
  it('reports a partially compliant statement as such, to check, never as a missing statement', async () => {
    const report = await reportFor('<a href="/accessibilite">Accessibilité : partiellement conforme</a>');
    const view = buildReportView(report, 'fr');
    const line = view.summary.find((l) => l.barrier === 'not-fully-conformant');
    expect(line?.outcome).toBe('review');
    expect(line?.name).toBe('Déclaration d’accessibilité : pas entièrement conforme');
    expect(view.summary.map((l) => l.barrier)).not.toContain('no-accessibility-statement');
    const finding = view.findings.find((f) => f.ruleId === 'statement-conformity')!;
    expect(finding.nodes[0]!.message).toMatch(/partiellement conforme.*vérifiez si cette démarche fait partie des contenus non accessibles/);
    expect(JSON.stringify(view)).not.toMatch(NO_STATEMENT);
    const draft = draftFiling({ report, recipient: 'service', lang: 'fr' });
    expect(draft.body).toContain('Déclaration d’accessibilité : pas entièrement conforme');
    expect(draft.body).toContain('Directive (UE) 2016/2102, article 7');
    expect(draft.body).not.toMatch(NO_STATEMENT);
    const en = draftFiling({ report, recipient: 'service', lang: 'en' });
    expect(en.body).toContain('Accessibility statement: not fully compliant');
    expect(en.body).not.toMatch(NO_STATEMENT_EN);
  });

  it('reports a statement that declares "non conforme" as a certain finding under the same honest name', async () => {
    const report = await reportFor('<p>Accessibilité : non conforme</p>');
    const view = buildReportView(report, 'fr');
    expect(view.summary.find((l) => l.barrier === 'not-fully-conformant')?.outcome).toBe('fail');
    expect(JSON.stringify(view)).not.toMatch(NO_STATEMENT);
  });

  it('keeps the "no statement" wording when the page shows no statement at all', async () => {
    const report = await reportFor('<a href="/contact">Contact</a>');
    const view = buildReportView(report, 'fr');
    expect(view.summary.find((l) => l.barrier === 'no-accessibility-statement')?.name).toBe('Pas de déclaration d’accessibilité');
    expect(view.summary.map((l) => l.barrier)).not.toContain('not-fully-conformant');
    expect(draftFiling({ report, recipient: 'service', lang: 'fr' }).body).toContain('Le service ne dit pas ce qui est accessible');
  });
});
