import { describe, expect, it } from 'vitest';
import { BARRIER_TEXT, type PageAudit, type Report, type RuleResult } from '../engine/model';
import { renderReportHtml } from './render-html';

function rule(overrides: Partial<RuleResult>): RuleResult {
  return {
    id: 'label',
    source: 'axe',
    impact: 'critical',
    tags: ['wcag2a'],
    barriers: ['inaccessible'],
    description: 'Ensures every form element has a label',
    help: 'Form elements must have labels',
    helpUrl: 'https://dequeuniversity.com/rules/axe/4.14/label',
    nodes: [{ target: ['#nom'], html: '<input id="nom" value="secret">', any: [], all: [], none: [] }],
    ...overrides,
  };
}

function report(lang: 'fr' | 'en', page: Partial<PageAudit> = {}): Report {
  return {
    schema: 'balise-report/1',
    tool: { name: 'Balise', version: '0.1.0', axeVersion: '4.14.1' },
    createdAt: '2025-01-01T00:00:00.000Z',
    lang,
    pages: [
      {
        url: 'https://example.test/demarche',
        title: 'Demande <b>logement</b>',
        lang: 'fr',
        auditedAt: '2025-01-01T00:00:00.000Z',
        durationMs: 10,
        timings: { axeMs: 5, heuristicsMs: 5 },
        violations: [rule({})],
        incomplete: [rule({ id: 'email-required', source: 'balise', impact: 'serious', barriers: ['email-required'], help: 'E-mail <required>' })],
        passes: [],
        inapplicable: [],
        metrics: {},
        auditedFrames: 1,
        skippedFrames: [{ url: 'https://captcha.test/', reason: 'not-allowed' }],
        errors: [],
        ...page,
      },
    ],
    observations: [],
  };
}

describe('renderReportHtml', () => {
  it('writes the report language on <html> and speaks it', () => {
    const fr = renderReportHtml(report('fr'));
    const en = renderReportHtml(report('en'));
    expect(fr).toMatch(/^<!doctype html>\s*<html lang="fr">/);
    expect(en).toMatch(/^<!doctype html>\s*<html lang="en">/);
    expect(fr).toContain('Règles non respectées');
    expect(en).toContain('Failed rules');
    expect(fr).toContain(BARRIER_TEXT.fr['email-required'].whoIsBlocked.replace(/'/g, '&#39;'));
    expect(en).toContain(BARRIER_TEXT.en.inaccessible.whoIsBlocked.replace(/'/g, '&#39;'));
  });

  it('escapes page-derived text and never shows a field value', () => {
    const html = renderReportHtml(report('en'));
    expect(html).not.toContain('<b>logement</b>');
    expect(html).toContain('Demande &lt;b&gt;logement&lt;/b&gt;');
    expect(html).toContain('E-mail &lt;required&gt;');
    expect(html).toContain('&lt;input id=&quot;nom&quot;&gt;');
    expect(html).not.toContain('secret');
    expect(html).toContain('not-allowed');
  });

  it('counts elements by severity in a table with headers', () => {
    const doc = new DOMParser().parseFromString(renderReportHtml(report('en')), 'text/html');
    const rows = [...doc.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent));
    expect(rows).toContainEqual(['Critical', '1', '0']);
    expect(rows).toContainEqual(['Serious', '0', '1']);
    expect(doc.querySelector('caption')?.textContent).toBe('Number of elements by severity');
    expect(doc.querySelectorAll('script, link, img').length).toBe(0);
  });

  it('keeps a long list of elements readable and points to report.json for the rest', () => {
    const nodes = Array.from({ length: 60 }, (_, i) => ({ target: [`#f${i}`], html: `<input id="f${i}">`, any: [], all: [], none: [] }));
    const html = renderReportHtml(report('fr', { violations: [rule({ nodes })] }));
    expect(html).toContain('#f49');
    expect(html).not.toContain('#f50');
    expect(html).toContain('10 autre(s) élément(s)');
  });

  it('links to help only over http(s)', () => {
    const html = renderReportHtml(report('en', { violations: [rule({ helpUrl: 'javascript:alert(1)' })] }));
    expect(html).not.toContain('javascript:');
  });
});
