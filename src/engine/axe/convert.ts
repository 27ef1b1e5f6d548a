import type axe from 'axe-core';
import type { CheckResult, Impact, NodeResult, PageAudit, RuleResult } from '../model/result';
import { barriersFromTags } from '../model/barriers';
import { safeSnippet, sanitizeHtmlString } from '../dom/safe-snippet';
import { targetOf } from '../dom/selector';

/** axe picks attribute selectors for uniqueness; these would carry what a person typed or chose. */
const VALUE_SELECTOR = /\[\s*(value|checked|selected|data-value)\b/i;

type Buckets = Pick<PageAudit, 'violations' | 'incomplete' | 'passes' | 'inapplicable'>;

/**
 * axe results -> our results. Every axe finding is at least an `inaccessible` barrier. Check
 * `data` and related nodes are dropped: they can quote page content, and the messages already
 * say what is wrong. HTML snippets are rebuilt from the element without its values.
 */
export function fromAxeResults(results: axe.AxeResults): Buckets {
  return {
    violations: results.violations.map(fromAxeRule),
    incomplete: results.incomplete.map(fromAxeRule),
    passes: results.passes.map(fromAxeRule),
    inapplicable: results.inapplicable.map(fromAxeRule),
  };
}

function fromAxeRule(rule: axe.Result): RuleResult {
  const barriers = barriersFromTags(rule.tags);
  return {
    id: rule.id,
    source: 'axe',
    impact: (rule.impact ?? null) as Impact | null,
    tags: rule.tags,
    barriers: barriers.includes('inaccessible') ? barriers : ['inaccessible', ...barriers],
    description: rule.description,
    help: rule.help,
    helpUrl: rule.helpUrl,
    nodes: rule.nodes.map(fromAxeNode),
  };
}

function fromAxeNode(node: axe.NodeResult): NodeResult {
  const element = (node as axe.NodeResult & { element?: Element }).element;
  return {
    target: element && JSON.stringify(node.target).match(VALUE_SELECTOR) ? targetOf(element) : (node.target as NodeResult['target']),
    html: element ? safeSnippet(element) : sanitizeHtmlString(node.html),
    impact: (node.impact ?? null) as Impact | null,
    failureSummary: node.failureSummary,
    any: node.any.map(fromCheck),
    all: node.all.map(fromCheck),
    none: node.none.map(fromCheck),
  };
}

function fromCheck(check: axe.CheckResult): CheckResult {
  return { id: check.id, impact: (check.impact ?? null) as Impact | null, message: check.message };
}
