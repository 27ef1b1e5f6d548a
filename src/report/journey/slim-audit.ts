import type { PageAudit } from '../../engine/model';

/**
 * A journey step keeps what a report needs: findings with their evidence, metrics, and which
 * rules passed. The nodes of passed and inapplicable rules (often most of an audit) are dropped,
 * their counts kept in metrics.passedNodes, so a 30-step procedure stays small.
 */
export function slimAudit(audit: PageAudit): PageAudit {
  const passedNodes = Object.fromEntries(audit.passes.map((rule) => [rule.id, rule.nodes.length]));
  return {
    ...audit,
    passes: audit.passes.map((rule) => ({ ...rule, nodes: [] })),
    inapplicable: audit.inapplicable.map((rule) => ({ ...rule, nodes: [] })),
    metrics: { ...audit.metrics, passedNodes },
  };
}
