import { z } from 'zod';
import { RuleResultSchema, type PageAudit, type RuleResult } from '../../engine/model';

/**
 * What a rule says about itself (description, help, tags...), the same on every step. A record
 * keeps it once per rule, not once per step: repeated on 30 steps, the texts of passed and
 * inapplicable rules alone were a third of a megabyte. Steps keep those rules as ids
 * (metrics.passedNodes, metrics.inapplicableRules); the report puts the texts back.
 */
export const RuleTextSchema = RuleResultSchema.omit({ id: true, nodes: true });
export type RuleText = z.infer<typeof RuleTextSchema>;
export const RuleTextsSchema = z.record(z.string(), RuleTextSchema);
export type RuleTexts = z.infer<typeof RuleTextsSchema>;

/** The texts of an audit's passed and inapplicable rules, by rule id. */
export function textsOf(audit: PageAudit): RuleTexts {
  return Object.fromEntries([...audit.passes, ...audit.inapplicable].map(({ id, nodes: _nodes, ...text }) => [id, text]));
}

/** Passed and inapplicable rules kept as ids on a stored step, whole again (passed nodes stay counts). */
export function withRuleTexts(audit: PageAudit, texts: RuleTexts): PageAudit {
  const passedIds = Object.keys(idCounts(audit.metrics['passedNodes']));
  const inapplicableIds = ids(audit.metrics['inapplicableRules']);
  const kept = new Map(audit.passes.map((rule) => [rule.id, rule]));
  const whole = (id: string): RuleResult | [] => kept.get(id) ?? (texts[id] ? { id, ...texts[id], nodes: [] } : []);
  const known = new Set(audit.inapplicable.map((rule) => rule.id));
  return {
    ...audit,
    passes: passedIds.length ? passedIds.flatMap(whole) : audit.passes,
    inapplicable: [...audit.inapplicable, ...inapplicableIds.filter((id) => !known.has(id)).flatMap((id) => (texts[id] ? [{ id, ...texts[id], nodes: [] }] : []))],
  };
}

const idCounts = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);
