import { BARRIER_IDS, IMPACT_ORDER, type BarrierId, type Impact, type PageAudit, type RuleResult } from '../engine/model';

export interface BarrierGroup {
  barrier: BarrierId;
  violations: RuleResult[];
  incomplete: RuleResult[];
}

export interface AuditSummary {
  /** Number of elements found, by severity, for violations and for items needing review. */
  bySeverity: Record<Impact, { violations: number; incomplete: number }>;
  /** Findings grouped by barrier, most blocking barrier first; a finding may sit in two groups. */
  byBarrier: BarrierGroup[];
}

/** The counts a person reads first. Counts are of elements, the way axe counts them. */
export function summarizeAudit(audit: PageAudit): AuditSummary {
  const bySeverity = Object.fromEntries(IMPACT_ORDER.map((impact) => [impact, { violations: 0, incomplete: 0 }])) as AuditSummary['bySeverity'];
  for (const key of ['violations', 'incomplete'] as const) {
    for (const rule of audit[key]) {
      for (const node of rule.nodes) {
        const impact = node.impact ?? rule.impact ?? 'minor';
        bySeverity[impact][key] += 1;
      }
    }
  }
  const byBarrier = BARRIER_IDS.map((barrier): BarrierGroup => ({
    barrier,
    violations: sortByImpact(audit.violations.filter((rule) => rule.barriers.includes(barrier))),
    incomplete: sortByImpact(audit.incomplete.filter((rule) => rule.barriers.includes(barrier))),
  })).filter((group) => group.violations.length + group.incomplete.length > 0);
  return { bySeverity, byBarrier };
}

function sortByImpact(rules: RuleResult[]): RuleResult[] {
  const rank = (rule: RuleResult) => (rule.impact ? IMPACT_ORDER.indexOf(rule.impact) : IMPACT_ORDER.length);
  return [...rules].sort((a, b) => rank(a) - rank(b));
}
