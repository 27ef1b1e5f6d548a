import type { Lang } from '../model/lang';
import type { JourneyStep } from '../model/report';
import type { NodeResult, RuleResult } from '../model/result';
import type { Outcome } from '../model/rule';
import { barrierTag } from '../model/barriers';
import { formatMessage } from '../model/message';
import { stepTarget, type JourneyContext, type JourneyFinding, type JourneyRule } from './journey-rule';
import type { StepField } from './step-structure';

export interface JourneyRuleOutput {
  violations: RuleResult[];
  incomplete: RuleResult[];
  passes: RuleResult[];
  errors: Array<{ ruleId: string; message: string }>;
}

const BUCKET_OF = { fail: 'violations', review: 'incomplete', pass: 'passes' } as const;
type Bucket = (typeof BUCKET_OF)[keyof typeof BUCKET_OF];

/**
 * Journey rules, shaped like page results. A rule that throws is reported in `errors` and the
 * others still run, as for page rules.
 */
export function runJourneyRules(steps: readonly JourneyStep[], rules: readonly JourneyRule[], ctx: JourneyContext): JourneyRuleOutput {
  const output: JourneyRuleOutput = { violations: [], incomplete: [], passes: [], errors: [] };
  for (const rule of rules) {
    try {
      const byBucket = new Map<Bucket, NodeResult[]>();
      for (const finding of rule.evaluateJourney(steps, ctx)) {
        if (finding.outcome.kind === 'inapplicable') continue;
        const bucket = BUCKET_OF[finding.outcome.kind];
        byBucket.set(bucket, [...(byBucket.get(bucket) ?? []), toNode(rule, ctx.lang, finding, finding.outcome)]);
      }
      for (const [bucket, nodes] of byBucket) output[bucket].push(toResult(rule, ctx.lang, nodes));
    } catch (error) {
      output.errors.push({ ruleId: rule.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return output;
}

function toResult(rule: JourneyRule, lang: Lang, nodes: NodeResult[]): RuleResult {
  const text = rule.text[lang];
  return {
    id: rule.id,
    source: 'balise',
    impact: nodes.some((n) => n.impact) ? rule.impact : null,
    tags: [...rule.tags, ...rule.barriers.map(barrierTag)],
    barriers: [...rule.barriers],
    description: text.description,
    help: text.help,
    helpUrl: rule.helpUrl,
    nodes,
  };
}

function toNode(rule: JourneyRule, lang: Lang, finding: JourneyFinding, outcome: Exclude<Outcome, { kind: 'inapplicable' }>): NodeResult {
  const evidence = { ...(finding.step === undefined ? {} : { step: finding.step }), ...outcome.evidence };
  const node: NodeResult = {
    target: stepTarget(finding.step, finding.field),
    html: finding.field ? fieldHtml(finding.field) : '',
    impact: outcome.kind === 'pass' ? null : rule.impact,
    any: [],
    all: [],
    none: [],
    evidence,
  };
  if (outcome.kind === 'pass') return node;
  const template = rule.text[lang].messages[outcome.messageKey];
  if (template === undefined) throw new Error(`Journey rule ${rule.id} has no ${lang} message "${outcome.messageKey}"`);
  const message = formatMessage(template, outcome.data, lang);
  node.any = [{ id: `${rule.id}.${outcome.messageKey}`, impact: rule.impact, message }];
  node.failureSummary = message;
  return node;
}

/** An opening tag rebuilt from the recorded structure: the page is gone, its values never kept. */
function fieldHtml(field: StepField): string {
  const attributes = [
    field.tag === 'input' ? `type="${field.type}"` : '',
    field.name ? `name="${escape(field.name)}"` : '',
    field.autocomplete ? `autocomplete="${escape(field.autocomplete)}"` : '',
    field.required ? 'required' : '',
  ].filter(Boolean);
  return `<${[field.tag, ...attributes].join(' ')}>`;
}

function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
