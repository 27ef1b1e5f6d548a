import type { PageAudit } from '../../engine/model';

/**
 * A recorded step keeps what a report needs: findings with their evidence, metrics, and which
 * rules passed. Passed nodes are dropped (their counts kept in metrics.passedNodes) except those
 * carrying evidence, such as the accessibility statement found on the page, which the filing
 * reads. Inapplicable rules, most of an audit's size and of no use in a report, keep only their
 * ids (metrics.inapplicableRules). A 30-step record thus stays well under a megabyte.
 */
export function slimAudit(audit: PageAudit): PageAudit {
  const passedNodes = Object.fromEntries(audit.passes.map((rule) => [rule.id, rule.nodes.length]));
  return {
    ...audit,
    passes: audit.passes.map((rule) => ({ ...rule, nodes: rule.nodes.filter((node) => node.evidence !== undefined && Object.keys(node.evidence).length > 0) })),
    inapplicable: [],
    metrics: { ...audit.metrics, passedNodes, inapplicableRules: audit.inapplicable.map((rule) => rule.id) },
  };
}
