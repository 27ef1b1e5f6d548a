import type { Lang } from '../model/lang';
import type { NodeResult, PageAudit, RuleResult } from '../model/result';
import type { Outcome, Rule, RuleContext } from '../model/rule';
import { barrierTag } from '../model/barriers';
import { formatMessage } from '../model/message';
import { queryDeep } from '../dom/query-deep';
import { readingPage } from '../dom/read-once';
import { safeSnippet } from '../dom/safe-snippet';
import { targetOf } from '../dom/selector';
import { inErrorRegion } from '../dom/error-messages';
import { maskEchoedInput } from '../privacy/mask-echoed-input';
import { maskPersonalData } from '../privacy/mask-personal-data';
import { BARE_EMAIL } from '../privacy/bare-email';

type Buckets = Pick<PageAudit, 'violations' | 'incomplete' | 'passes' | 'inapplicable'>;
export interface RuleRunOutput extends Buckets {
  errors: PageAudit['errors'];
}

const BUCKET_OF = { fail: 'violations', review: 'incomplete', pass: 'passes' } as const;

/**
 * Runs our heuristics and shapes their outcomes like axe's results. A rule that throws is
 * reported in `errors` and the others still run: one broken rule must not empty a report.
 */
export function runRules(doc: Document, rules: readonly Rule[], ctx: RuleContext): RuleRunOutput {
  // One read of the page for all the rules (read-once.ts), also when the caller did not start one.
  return readingPage(() => runEach(doc, rules, ctx));
}

function runEach(doc: Document, rules: readonly Rule[], ctx: RuleContext): RuleRunOutput {
  const output: RuleRunOutput = { violations: [], incomplete: [], passes: [], inapplicable: [], errors: [] };
  const mask = maskOnce();
  for (const rule of rules) {
    try {
      const found = rule.scope === 'element' ? evaluateElements(doc, rule, ctx) : evaluatePage(doc, rule, ctx);
      collect(output, rule, ctx.lang, found, mask);
    } catch (error) {
      output.errors.push({ ruleId: rule.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return output;
}

type Found = Array<{ element: Element; outcome: Outcome }>;

function evaluateElements(doc: Document, rule: Extract<Rule, { scope: 'element' }>, ctx: RuleContext): Found {
  return queryDeep(doc, rule.selector).map((element) => ({ element, outcome: rule.evaluate(element, ctx) }));
}

function evaluatePage(doc: Document, rule: Extract<Rule, { scope: 'page' }>, ctx: RuleContext): Found {
  return rule.evaluatePage(doc, ctx).map(({ element, outcome }) => ({ element: element ?? doc.documentElement, outcome }));
}

function collect(output: RuleRunOutput, rule: Rule, lang: Lang, found: Found, mask: Mask): void {
  const byBucket = new Map<keyof Buckets, NodeResult[]>();
  for (const { element, outcome } of found) {
    if (outcome.kind === 'inapplicable') continue;
    const bucket = BUCKET_OF[outcome.kind];
    const nodes = byBucket.get(bucket) ?? [];
    nodes.push(toNode(rule, lang, element, outcome, mask));
    byBucket.set(bucket, nodes);
  }
  if (byBucket.size === 0) {
    output.inapplicable.push(toResult(rule, lang, []));
    return;
  }
  for (const [bucket, nodes] of byBucket) output[bucket].push(toResult(rule, lang, nodes));
}

function toResult(rule: Rule, lang: Lang, nodes: NodeResult[]): RuleResult {
  const text = rule.text[lang];
  return {
    id: rule.id,
    source: 'balise',
    impact: nodes.length ? rule.impact : null,
    tags: [...rule.tags, ...rule.barriers.map(barrierTag)],
    barriers: [...rule.barriers],
    description: text.description,
    help: text.help,
    helpUrl: rule.helpUrl,
    nodes,
  };
}

function toNode(rule: Rule, lang: Lang, element: Element, outcome: Exclude<Outcome, { kind: 'inapplicable' }>, mask: Mask): NodeResult {
  // A finding on error text also masks what the message repeats of the person's input, whichever
  // way the rule read the text (a link's name in an error summary).
  const inError = inErrorRegion(element);
  if (inError) mask = echoMasked(mask);
  const node: NodeResult = {
    target: targetOf(element),
    html: safeSnippet(element),
    impact: outcome.kind === 'pass' ? null : rule.impact,
    any: [],
    all: [],
    none: [],
    evidence: masked(outcome.evidence, mask, inError ? [] : (rule.publishedContactKeys ?? [])),
  };
  if (outcome.kind === 'pass') return node;
  const template = rule.text[lang].messages[outcome.messageKey];
  if (template === undefined) throw new Error(`Rule ${rule.id} has no ${lang} message "${outcome.messageKey}"`);
  const message = formatMessage(template, masked(outcome.data, mask), lang);
  node.any = [{ id: `${rule.id}.${outcome.messageKey}`, impact: rule.impact, message }];
  node.failureSummary = message;
  return node;
}

/**
 * Every rule quotes page text through its data and evidence (an excerpt, an acronym, a link's
 * name): one pass here masks any personal data in them, whichever rule quoted it, so that a
 * recap or confirmation page cannot leak a name or a file number into a report.
 */
function masked<T extends Readonly<Record<string, unknown>> | undefined>(values: T, mask: Mask, publishedContactKeys: readonly string[] = []): T {
  if (!values) return values;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const published = typeof value === 'string' && publishedContactKeys.includes(key) && BARE_EMAIL.test(value);
    out[key] = typeof value === 'string' && !published ? mask(value) : value;
  }
  return out as T;
}

type Mask = (text: string) => string;

function echoMasked(mask: Mask): Mask {
  return (text) => mask(maskEchoedInput(text));
}

/**
 * maskPersonalData, each text masked once per run: a finding quotes the same words in its
 * message's data and in its evidence, and rules quote the same link or heading.
 */
function maskOnce(): Mask {
  const done = new Map<string, string>();
  return (text) => {
    let out = done.get(text);
    if (out === undefined) done.set(text, (out = maskPersonalData(text)));
    return out;
  };
}
