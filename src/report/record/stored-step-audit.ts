import type { PageAudit } from '../../engine/model';
import { slimAudit } from '../journey/slim-audit';

/**
 * What the recorder stores of a screen's audit: the journey step's slim audit (the CLI's too),
 * with passed rules that carry no evidence and inapplicable rules reduced to their ids
 * (metrics.passedNodes, metrics.inapplicableRules). Their texts, the same on every step, are kept
 * once per record (rule-texts.ts, whose withRuleTexts undoes this), so a 30-step record stays under a megabyte
 * (npm run bench measures it).
 */
export function storedStepAudit(audit: PageAudit): PageAudit {
  const slim = slimAudit(audit);
  return {
    ...slim,
    passes: slim.passes.filter((rule) => rule.nodes.length > 0),
    inapplicable: [],
    metrics: { ...slim.metrics, inapplicableRules: audit.inapplicable.map((rule) => rule.id) },
  };
}
