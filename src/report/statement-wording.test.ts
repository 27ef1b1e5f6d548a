import { describe, expect, it } from 'vitest';
import { runAudit } from '../engine/run-audit';
import { buildReport } from './build-report';
import { buildReportView } from './model';
import { draftFiling } from './filing';

/**
 * A service that links to its accessibility statement must never be told it has none. Both cases
 * stand under DOMAIN §2's one barrier, whose name covers both ("absente ou non conforme"); the
 * statement-conformity rule says what the statement declares, no-accessibility-statement that
 * there is none, in the report and in the filing drafts.
 */
async function reportFor(footer: string, lang: 'fr' | 'en' = 'fr') {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://demarche.exemple.fr/logement');
  document.documentElement.lang = lang;
  document.title = 'Demande de logement social';
  document.body.innerHTML = `<main><h1>Demande de logement social</h1></main><footer>${footer}</footer>`;
  const audit = await runAudit(document, { lang, axe: false });
  return buildReport({ lang, axeVersion: 'test', pages: [audit], createdAt: new Date('2025-03-04T10:00:00.000Z') });
}

const NO_STATEMENT = /Pas de déclaration d’accessibilité|Une déclaration d’accessibilité est obligatoire|ne dit pas ce qui est accessible|n’a pas de déclaration/;
const NO_STATEMENT_EN = /No accessibility statement|must publish an accessibility statement|does not say what is accessible|has no accessibility statement/;
const BARRIER_NAME = 'Déclaration d’accessibilité absente ou non conforme';

describe('accessibility statement wording', () => {
  it('reports a partially compliant statement as such, to check, never as a missing statement', async () => {
    const report = await reportFor('<a href="/accessibilite">Accessibilité : partiellement conforme</a>');
    const view = buildReportView(report, 'fr');
    const line = view.summary.find((l) => l.barrier === 'no-accessibility-statement');
    expect(line?.outcome).toBe('review');
    expect(line?.name).toBe(BARRIER_NAME);
    expect(view.findings.map((f) => f.ruleId)).not.toContain('no-accessibility-statement');
    const finding = view.findings.find((f) => f.ruleId === 'statement-conformity')!;
    expect(finding.nodes[0]!.message).toMatch(/partiellement conforme.*vérifiez si cette démarche fait partie des contenus non accessibles/);
    expect(JSON.stringify(view)).not.toMatch(NO_STATEMENT);
    const draft = draftFiling({ report, recipient: 'service', lang: 'fr' });
    expect(draft.body).toContain(BARRIER_NAME);
    expect(draft.body).toContain('Directive (UE) 2016/2102, article 7');
    expect(draft.body).not.toMatch(NO_STATEMENT);
    const en = draftFiling({ report, recipient: 'service', lang: 'en' });
    expect(en.body).toContain('Accessibility statement missing or not compliant');
    expect(en.body).not.toMatch(NO_STATEMENT_EN);
  });

  it('reports a statement that declares "non conforme" as a certain finding ', async () => {
    const report = await reportFor('<p>Accessibilité : non conforme</p>');
    const view = buildReportView(report, 'fr');
    expect(view.summary.find((l) => l.barrier === 'no-accessibility-statement')?.outcome).toBe('fail');
    expect(view.findings.find((f) => f.ruleId === 'statement-conformity')?.nodes[0]?.message).toMatch(/non conforme/);
    expect(JSON.stringify(view)).not.toMatch(NO_STATEMENT);
  });

  it('keeps the "no statement" wording when the page shows no statement at all', async () => {
    const report = await reportFor('<a href="/contact">Contact</a>');
    const view = buildReportView(report, 'fr');
    expect(view.summary.find((l) => l.barrier === 'no-accessibility-statement')?.name).toBe(BARRIER_NAME);
    expect(view.findings.map((f) => f.ruleId)).toContain('no-accessibility-statement');
    expect(view.findings.map((f) => f.ruleId)).not.toContain('statement-conformity');
    expect(draftFiling({ report, recipient: 'service', lang: 'fr' }).body).toContain('Une déclaration d’accessibilité est obligatoire');
  });
});
