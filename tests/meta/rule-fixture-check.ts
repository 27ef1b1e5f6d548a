import type { Lang, PageAudit, Rule } from '../../src/engine';
import { resolveTarget } from '../../src/engine';
import { runRules } from '../../src/engine/rules/run-rules';

export type Expectation = 'fail' | 'review' | 'pass';
const BUCKET: Record<Expectation, 'violations' | 'incomplete' | 'passes'> = { fail: 'violations', review: 'incomplete', pass: 'passes' };

export interface FixtureMismatch {
  element: string;
  expected: Expectation | 'nothing';
  got: Array<Expectation>;
}

/**
 * Checks one rule against a fixture page whose elements carry data-expect="fail|review|pass".
 * Elements without a mark must get no fail and no review: that is how look-alikes that must not
 * fire are written down. Works on any Document (happy-dom in unit tests, Chromium in integration).
 */
export function checkRuleFixture(doc: Document, rule: Rule, lang: Lang, buckets?: Pick<PageAudit, 'violations' | 'incomplete' | 'passes'>): FixtureMismatch[] {
  const results = buckets ?? runRules(doc, [rule], { lang, profile: (doc.documentElement.dataset.profile as 'falc' | undefined) ?? 'general' });
  const got = new Map<Element, Expectation[]>();
  for (const expectation of ['fail', 'review', 'pass'] as const) {
    for (const result of results[BUCKET[expectation]].filter((r) => r.id === rule.id)) {
      for (const node of result.nodes) {
        const element = resolveTarget(doc, node.target);
        if (!element) continue;
        got.set(element, [...(got.get(element) ?? []), expectation]);
      }
    }
  }
  const mismatches: FixtureMismatch[] = [];
  const marked = [...doc.querySelectorAll('[data-expect]')];
  for (const element of marked) {
    const expected = element.getAttribute('data-expect') as Expectation;
    const outcomes = got.get(element) ?? [];
    if (!outcomes.includes(expected) || outcomes.some((o) => o !== expected)) mismatches.push({ element: describe(element), expected, got: outcomes });
  }
  for (const [element, outcomes] of got) {
    if (element.hasAttribute('data-expect')) continue;
    if (outcomes.some((o) => o !== 'pass')) mismatches.push({ element: describe(element), expected: 'nothing', got: outcomes });
  }
  return mismatches;
}

function describe(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const note = element.getAttribute('data-note') ?? '';
  return `<${element.localName}${id}> ${note}`.trim();
}
