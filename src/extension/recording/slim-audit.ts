import type { PageAudit } from '../../engine/model';
import { slimAudit as slimForJourney } from '../../report/journey/slim-audit';

/**
 * What the recorder stores of a screen's audit: the journey step's slim audit (the CLI's too),
 * and inapplicable rules reduced to their ids (metrics.inapplicableRules). Their descriptions,
 * the same on every step, were two thirds of a stored step; no report view shows them. A
 * 30-step record thus stays well under a megabyte (npm run bench measures it).
 */
export function slimAudit(audit: PageAudit): PageAudit {
  const slim = slimForJourney(audit);
  return { ...slim, inapplicable: [], metrics: { ...slim.metrics, inapplicableRules: audit.inapplicable.map((rule) => rule.id) } };
}
