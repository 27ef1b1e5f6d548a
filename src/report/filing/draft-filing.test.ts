import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSchema, type NodeResult, type Report } from '../../engine/model';
import { applyExportChoices, buildReportView } from '../model';
import { MAX_EVIDENCE_PER_BARRIER } from './barrier-evidence';
import { draftFiling } from './draft-filing';

const dir = resolve(import.meta.dirname, '../../../tests/reports/fixtures');
const fixture = (name: string): Report => ReportSchema.parse(JSON.parse(readFileSync(resolve(dir, `${name}.report.json`), 'utf8')));

/** The lines under one barrier of a draft, up to the next barrier or the end of the list. */
function block(body: string, barrierName: string): string[] {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`- ${barrierName} (`));
  expect(start, barrierName).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('  '));
  return lines.slice(start + 1, end);
}

describe('filing drafts cite what was seen on the audited page', () => {
  it('quotes each barrier’s elements with their place, rule, status and evidence in words, and keeps the rule’s advice apart as advice', () => {
    const body = draftFiling({ report: fixture('audit'), recipient: 'defenseur-des-droits', lang: 'fr' }).body;
    expect(body).not.toMatch(/Exemple :/);
    expect(block(body, 'Adresse e-mail obligatoire')).toEqual([
      '  Vu : Page 1, règle email-required, constat certain : Le champ « Adresse e-mail » est obligatoire.',
      '    Libellé du champ : Adresse e-mail ; Type de champ : adresse e-mail (email) ; Obligatoire : oui ; Remplissage automatique (autocomplete) : email',
      '  Conseil général de la règle email-required : Le formulaire exige une adresse e-mail pour continuer.',
    ]);
    // Without evidence of its own, an element is quoted by its opening tag; a check the tool could
    // not finish says so, with the reason it gave.
    const inaccessible = block(body, 'Défaut d’accessibilité (WCAG, RGAA)');
    expect(inaccessible).toContain('    Élément : <input type="text" id="numero-allocataire" name="numero">');
    expect(inaccessible).toContain('  Vu : Page 1, règle color-contrast, à vérifier par une personne : Le contraste n’a pas pu être calculé : image de fond');
    expect(block(body, 'Test anti-robot (captcha)')).toEqual([
      '  Vu : Page 1, règle captcha, à vérifier par une personne : Un test anti-robot est présent.',
      '    Fournisseur : inconnu ; Cadres (iframes) : 1',
      '  Conseil général de la règle captcha : Un test anti-robot est présent : vérifiez qu’il a une version audio et une autre voie.',
    ]);
  });

  it('names the step, its title and its address when the opening does not, in English too', () => {
    const body = draftFiling({ report: fixture('journey'), recipient: 'unia', lang: 'en' }).body;
    expect(body).not.toMatch(/Example:/);
    expect(block(body, 'Documents to upload')).toEqual([
      '  Seen: Step 2, "Vos documents" (https://www.exemple.be/inscription/documents), rule document-upload, to be checked by a person: Envoi obligatoire d’une pièce d’identité (PDF ou JPG).',
      "    Field label: Copie de la carte d'identité; Field type: file to upload (file); Accepted formats (accept): .pdf,.jpg; Required: yes",
      '  General advice for rule document-upload: Il faut envoyer des documents numérisés.',
    ]);
    // The first step's address is the one the opening names; a journey-wide finding is on no one page.
    expect(block(body, 'Mobile phone required')[0]).toMatch(/^ {2}Seen: Step 1, "Créer un compte", rule mobile-phone-required, confirmed: /);
    expect(block(body, 'Same information asked twice').slice(0, 2)).toEqual([
      '  Seen: Whole journey, rule redundant-entry, confirmed: Le numéro de GSM est redemandé à l’étape 2.',
      '    Field label: Numéro de GSM; First asked at step: 1',
    ]);
  });

  it('quotes a few elements per barrier, one of each rule first, in bounded lines, and says how many more the report has', () => {
    const report = fixture('audit');
    const [label, image] = report.pages[0]!.violations;
    const node = (i: number): NodeResult => ({ ...label!.nodes[0]!, target: [`#f${i}`], html: `<input id="f${i}" class="${'x'.repeat(300)}">`, failureSummary: `Élément ${i} ${'sans étiquette '.repeat(40)}` });
    label!.nodes = Array.from({ length: 10 }, (_, i) => node(i));
    image!.nodes = [image!.nodes[0]!, image!.nodes[0]!];
    report.pages[0]!.incomplete = [];
    const lines = block(draftFiling({ report, recipient: 'service', lang: 'fr' }).body, 'Défaut d’accessibilité (WCAG, RGAA)');
    const seen = lines.filter((l) => l.startsWith('  Vu : '));
    expect(seen).toHaveLength(MAX_EVIDENCE_PER_BARRIER);
    expect(seen.map((l) => /règle (\S+),/.exec(l)?.[1])).toEqual(['label', 'label', 'image-alt']);
    expect(lines).toContain('  … et 9 autres constats dans le rapport joint.');
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(260);
    expect(lines.find((l) => l.includes('<input id="f0"'))).toMatch(/x…$/);
  });

  it('keeps the checks of an axe summary apart when it puts them on one line', () => {
    const report = fixture('audit');
    report.pages[0]!.violations[0]!.nodes[0]!.failureSummary = 'Corriger l’un des éléments suivants :\n  L’élément n’a pas d’étiquette\n  L’attribut aria-label est vide';
    expect(block(draftFiling({ report, recipient: 'service', lang: 'fr' }).body, 'Défaut d’accessibilité (WCAG, RGAA)')[0]).toBe(
      '  Vu : Page 1, règle label, constat certain : Corriger l’un des éléments suivants : L’élément n’a pas d’étiquette ; L’attribut aria-label est vide',
    );
  });

  it('still names the place, rule and status of a finding without elements', () => {
    const report = fixture('journey');
    report.journey!.violations[0]!.nodes = [];
    expect(block(draftFiling({ report, recipient: 'service', lang: 'fr' }).body, 'Même information demandée deux fois')[0]).toBe(
      '  Vu : Tout le parcours, règle redundant-entry, constat certain.',
    );
  });

  it('quotes nothing the chosen report leaves out: a removed finding, an address cut to its origin', () => {
    const report = fixture('journey');
    const upload = buildReportView(report, 'fr').findings.find((f) => f.ruleId === 'document-upload')!;
    const chosen = applyExportChoices(report, { removeFindings: [upload.id], originOnly: true });
    const body = draftFiling({ report: chosen, recipient: 'service', lang: 'fr' }).body;
    expect(body).not.toContain('piece-identite');
    expect(body).not.toContain('Copie de la carte');
    expect(body).not.toContain('/inscription');
    // Every element quoted is one of the report's own.
    const all = fixture('audit');
    const quoted = draftFiling({ report: all, recipient: 'service', lang: 'en' })
      .body.split('\n')
      .filter((l) => l.startsWith('    Element: '))
      .map((l) => l.slice('    Element: '.length));
    expect(quoted.length).toBeGreaterThan(0);
    const htmls = [...all.pages[0]!.violations, ...all.pages[0]!.incomplete].flatMap((r) => r.nodes.map((n) => n.html));
    for (const html of quoted) expect(htmls).toContain(html);
  });

  it('leaves the quotes and advice out of a shortened mail link, not out of the text to copy', () => {
    const report = fixture('audit');
    const many = report.pages[0]!.violations[2]!;
    const barriers = ['account-required', 'digital-identity-required', 'mobile-phone-required', 'document-upload', 'time-limit', 'rigid-input'] as const;
    report.pages[0]!.violations.push(...barriers.map((b) => ({ ...many, id: `rule-${b}`, barriers: [b], tags: [] })));
    const draft = draftFiling({ report, recipient: 'service', lang: 'fr' });
    expect(draft.body).toContain('  Vu : ');
    const mailBody = decodeURIComponent(draft.mailtoUrl.split('&body=')[1]!);
    expect(mailBody).not.toContain('Vu : ');
    expect(mailBody).not.toContain('Conseil général');
  });
});
