import { describe, expect, it } from 'vitest';
import type { PageAudit, RuleResult } from '../../engine/model';
import { textsOf, withRuleTexts } from './rule-texts';
import { storedStepAudit } from './stored-step-audit';

const rule = (id: string, nodes: number): RuleResult => ({
  id,
  source: 'axe',
  impact: null,
  tags: [],
  barriers: [],
  description: '',
  help: '',
  nodes: Array.from({ length: nodes }, (_, i) => ({ target: [`#n${i}`], html: `<p id="n${i}">`, any: [], all: [], none: [] })),
});

const statementFound = { target: ['a#statement'], html: '<a id="statement">', any: [], all: [], none: [], evidence: { statementUrl: 'http://127.0.0.1/accessibilite' } };

const audit: PageAudit = {
  url: 'http://127.0.0.1/a',
  title: 'A',
  lang: 'fr',
  auditedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 1,
  timings: { axeMs: 1, heuristicsMs: 0 },
  violations: [rule('label', 2)],
  incomplete: [rule('email-required', 1)],
  passes: [rule('color-contrast', 40), rule('html-has-lang', 1), { ...rule('no-accessibility-statement', 2), source: 'balise' }],
  inapplicable: [rule('video-caption', 0)],
  metrics: { fieldsAsked: [] },
  auditedFrames: 1,
  skippedFrames: [],
  errors: [],
};

describe('storedStepAudit', () => {
  it('drops passed nodes but keeps rule ids and counts, evidence, and every finding whole', () => {
    const withStatement = { ...audit, passes: audit.passes.map((r) => (r.id === 'no-accessibility-statement' ? { ...r, nodes: [...r.nodes, statementFound] } : r)) };
    const slim = storedStepAudit(withStatement);
    expect(slim.passes.map((r) => [r.id, r.nodes.length])).toEqual([['no-accessibility-statement', 1]]);
    expect(slim.passes[0]!.nodes[0]!.evidence).toEqual(statementFound.evidence);
    expect(slim.metrics['passedNodes']).toEqual({ 'color-contrast': 40, 'html-has-lang': 1, 'no-accessibility-statement': 3 });
    expect(slim.inapplicable).toEqual([]);
    expect(slim.metrics['inapplicableRules']).toEqual(['video-caption']);
    expect(slim.violations).toEqual(audit.violations);
    expect(slim.incomplete).toEqual(audit.incomplete);
    expect(slim.metrics['fieldsAsked']).toEqual([]);
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(audit).length);
  });

  it('gives back every passed and inapplicable rule with its texts, from the texts kept once per record', () => {
    const texts = textsOf({ ...audit, passes: audit.passes.map((r) => ({ ...r, description: `${r.id} description` })) });
    const whole = withRuleTexts(storedStepAudit(audit), texts);
    expect(whole.passes.map((r) => [r.id, r.description, r.nodes.length])).toEqual([
      ['color-contrast', 'color-contrast description', 0],
      ['html-has-lang', 'html-has-lang description', 0],
      ['no-accessibility-statement', 'no-accessibility-statement description', 0],
    ]);
    expect(whole.inapplicable.map((r) => r.id)).toEqual(['video-caption']);
    expect(whole.violations).toEqual(audit.violations);
  });
});
