import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BARRIER_IDS, ReportSchema, type Report } from '../../engine/model';
import { draftFiling, RECIPIENTS } from '../filing';
import { BARRIER_REFERENCES, legalReferencesFor } from './legal-references';
import { referencesFromTags } from './tag-references';
import { WCAG_AAA } from './wcag-levels';

const AAA_SAID = { fr: /niveau AAA, non exigé par le RGAA ni l’EN 301 549/, en: /level AAA, not required by the RGAA or EN 301 549/ };
const allRefs = () => legalReferencesFor([...BARRIER_IDS]);

/** Every WCAG number a text cites, with the text around it up to the end of its line. */
function aaaCitedWithoutLevel(text: string, lang: 'fr' | 'en'): string[] {
  return text.split('\n').filter((line) => [...line.matchAll(/\b(\d\.\d\.\d{1,2})\b/g)].some((m) => WCAG_AAA.has(m[1]!)) && !AAA_SAID[lang].test(line));
}

describe('legal and standard references', () => {
  it('never cites a WCAG AAA criterion without saying its level is not required', () => {
    for (const lang of ['fr', 'en'] as const) {
      const cited = allRefs().filter((ref) => ref.id.startsWith('wcag-') && WCAG_AAA.has(ref.id.slice(5)));
      expect(cited.map((r) => r.id).sort()).toEqual(['wcag-2.4.8', 'wcag-3.1.5']);
      expect(aaaCitedWithoutLevel(allRefs().map((r) => r.label[lang]).join('\n'), lang)).toEqual([]);
    }
  });

  it('cites a finding’s AAA criterion in a filing only with its level', () => {
    const dir = resolve(import.meta.dirname, '../../../tests/reports/fixtures');
    const report: Report = ReportSchema.parse(JSON.parse(readFileSync(resolve(dir, 'audit.report.json'), 'utf8')));
    const model = report.pages[0]!.violations[0]!;
    report.pages[0]!.violations.push({ ...model, id: 'aaa-rule', tags: ['wcag2aaa', 'wcag146', 'wcag224', 'wcag111'], barriers: ['inaccessible'] });
    for (const lang of ['fr', 'en'] as const) {
      for (const recipient of RECIPIENTS) {
        const body = draftFiling({ report, recipient, lang }).body;
        expect(aaaCitedWithoutLevel(body, lang), `${lang} ${recipient}`).toEqual([]);
      }
      expect(draftFiling({ report, recipient: 'service', lang }).body).toMatch(new RegExp(`${AAA_SAID[lang].source}.*1\\.4\\.6, 2\\.2\\.4`));
    }
  });

  it('says a WCAG 2.2 criterion read from a rule’s tags is not yet required, in a filing', () => {
    const dir = resolve(import.meta.dirname, '../../../tests/reports/fixtures');
    const report: Report = ReportSchema.parse(JSON.parse(readFileSync(resolve(dir, 'audit.report.json'), 'utf8')));
    const model = report.pages[0]!.violations[0]!;
    // axe's target-size: WCAG 2.2's 2.5.8, level AA, not in RGAA 4.1 nor EN 301 549 v3.2.1.
    report.pages[0]!.violations.push({ ...model, id: 'target-size', tags: ['wcag22aa', 'wcag258'], barriers: ['inaccessible'] });
    const lines = (lang: 'fr' | 'en') => draftFiling({ report, recipient: 'service', lang }).body.split('\n').filter((l) => l.includes('2.5.8'));
    expect(lines('fr')).toEqual(['- WCAG 2.2 (ajouté par WCAG 2.2 : pas encore exigé par le RGAA 4.1 ni l’EN 301 549 v3.2.1) : 2.5.8']);
    expect(lines('en')).toEqual(['- WCAG 2.2 (new in WCAG 2.2: not yet required by the RGAA 4.1 or EN 301 549 v3.2.1): 2.5.8']);
  });

  it('writes each level note once, in this module, for every citation', () => {
    const root = resolve(import.meta.dirname, '..');
    const sources = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
      .map((f) => readFileSync(join(root, f), 'utf8'))
      .join('\n');
    for (const note of ['non exigé par le RGAA', 'not required by the RGAA', 'pas encore exigé par le RGAA', 'not yet required by the RGAA']) {
      expect(sources.split(note).length - 1, note).toBe(1);
    }
  });

  it('cites 3.3.8 Accessible authentication for a captcha only, not for an account or a digital identity', () => {
    expect(BARRIER_REFERENCES.captcha).toContain('wcag-3.3.8');
    expect(BARRIER_REFERENCES['account-required']).not.toContain('wcag-3.3.8');
    expect(BARRIER_REFERENCES['digital-identity-required']).not.toContain('wcag-3.3.8');
  });

  it('does not cite 3.2.6 Consistent help for a missing phone or counter', () => {
    expect(BARRIER_REFERENCES['no-alternative-channel']).not.toContain('wcag-3.2.6');
    expect(allRefs().map((r) => r.id)).not.toContain('wcag-3.2.6');
  });

  it('cites the SDG regulation’s article 6 for the acknowledgement of receipt only, never against uploads or known data', () => {
    expect(BARRIER_REFERENCES['document-upload']).not.toContain('eu-sdg-2018-1724-art-6');
    expect(BARRIER_REFERENCES['already-known-data']).not.toContain('eu-sdg-2018-1724-art-6');
    const [ack] = legalReferencesFor(['no-acknowledgement']);
    expect(ack?.label.fr).toMatch(/article 6, paragraphe 2, point b\) : accusé de réception automatique, pour les démarches de son annexe II/);
  });

  it('cites the SDG regulation’s article 13 only where a national-only means shuts out users from other EU countries, and says so', () => {
    const citing = Object.entries(BARRIER_REFERENCES).filter(([, ids]) => (ids as readonly string[]).includes('eu-sdg-2018-1724-art-13')).map(([barrier]) => barrier);
    expect(citing.sort()).toEqual(['digital-identity-required', 'mobile-phone-required', 'rigid-input']);
    const [art13] = legalReferencesFor(['digital-identity-required']).filter((ref) => ref.id === 'eu-sdg-2018-1724-art-13');
    expect(art13?.label.fr).toMatch(/usagers des autres pays de l’UE/);
    expect(art13?.label.en).toMatch(/users from other EU countries/);
  });

  it('cites the once-only principle, French and Belgian, for data the administration already holds', () => {
    expect(legalReferencesFor(['already-known-data']).map((ref) => ref.id)).toEqual(['fr-crpa-l113-12', 'be-loi-2014-05-05']);
  });

  it('cites EN 301 549 clauses of v3.2.1 only: a clause axe tags for the v4 draft alone is left out', () => {
    // axe-core 4.x target-size: WCAG 2.2's 2.5.8, clause 9.2.5.8 of the v4 draft only.
    expect(referencesFromTags(['cat.sensory-and-visual-cues', 'wcag22aa', 'wcag258', 'EN-301-549v4', 'EN-9.2.5.8']).en301549).toEqual([]);
    expect(referencesFromTags(['wcag2a', 'wcag111', 'EN-301-549', 'EN-9.1.1.1']).en301549).toEqual(['9.1.1.1']);
    expect(legalReferencesFor(['inaccessible']).find((r) => r.id === 'en-301-549')?.label.fr).toBe('Norme EN 301 549 v3.2.1');
  });

  it('keeps AAA criteria read from tags apart from those the law requires', () => {
    expect(referencesFromTags(['wcag2aaa', 'wcag248', 'wcag111'])).toMatchObject({ wcag: ['1.1.1'], wcagAaa: ['2.4.8'] });
  });
});
