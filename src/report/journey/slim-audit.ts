import type { PageAudit } from '../../engine/model';

/**
 * A journey step keeps what a report needs: findings with their evidence, metrics, and which
 * rules passed. The nodes of passed and inapplicable rules (often most of an audit) are dropped,
 * their counts kept in metrics.passedNodes, so a 30-step procedure stays small. Passed nodes
 * that carry evidence stay: the accessibility statement found on a page is one, and the filing
 * reads the service's contact from it.
 */
export function slimAudit(audit: PageAudit): PageAudit {
  const passedNodes = Object.fromEntries(audit.passes.map((rule) => [rule.id, rule.nodes.length]));
  return {
    ...audit,
    passes: audit.passes.map((rule) => ({ ...rule, nodes: rule.nodes.filter(hasEvidence) })),
    inapplicable: audit.inapplicable.map((rule) => ({ ...rule, nodes: [] })),
    metrics: { ...audit.metrics, passedNodes },
  };
}

const hasEvidence = (node: PageAudit['passes'][number]['nodes'][number]) => node.evidence !== undefined && Object.keys(node.evidence).length > 0;
