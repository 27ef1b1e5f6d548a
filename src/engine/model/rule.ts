import type { BarrierId } from './barriers';
import type { Lang } from './lang';
import type { Evidence, Impact } from './result';

/**
 * The rule model. A heuristic is one file: metadata plus a small evaluate function, returning
 * outcomes that the runner turns into axe-shaped results. Outcome kinds mirror axe's buckets:
 * fail -> violations, review -> incomplete ("needs review", always with a reason), pass, inapplicable.
 * A rule says `fail` only when the evidence is certain: advocates file these reports.
 */
export type MessageData = Readonly<Record<string, string | number>>;

export type Outcome =
  | { kind: 'pass'; evidence?: Evidence }
  | { kind: 'fail' | 'review'; messageKey: string; data?: MessageData; evidence?: Evidence }
  | { kind: 'inapplicable' };

export const pass = (evidence?: Evidence): Outcome => ({ kind: 'pass', evidence });
export const fail = (messageKey: string, data?: MessageData, evidence?: Evidence): Outcome => ({
  kind: 'fail',
  messageKey,
  data,
  evidence,
});
/** Needs review: `messageKey` names the reason a person must look. */
export const review = (messageKey: string, data?: MessageData, evidence?: Evidence): Outcome => ({
  kind: 'review',
  messageKey,
  data,
  evidence,
});
export const inapplicable = (): Outcome => ({ kind: 'inapplicable' });

export interface RuleText {
  description: string;
  help: string;
  /** Outcome messages by key; `{name}` placeholders are filled from the outcome's data. */
  messages: Readonly<Record<string, string>>;
}

export interface RuleContext {
  lang: Lang;
  /** Plain-language profile: the general public, or FALC (easy-to-read) thresholds. */
  profile: 'general' | 'falc';
}

/** A page-scope finding: the element it points at (the document element when none fits). */
export interface PageFinding {
  element?: Element;
  outcome: Outcome;
}

interface RuleBase {
  id: string;
  impact: Impact;
  /** Extra tags (cat.*, wcag*, RGAA-*); `barrier.*` tags are added from `barriers`. */
  tags: readonly string[];
  barriers: readonly BarrierId[];
  helpUrl?: string;
  text: Readonly<Record<Lang, RuleText>>;
  /**
   * Evidence keys that hold the service's own published contact address (its accessibility
   * contact), which a filing is sent to. The runner masks every other quoted e-mail address; it
   * keeps these only when the value is a bare address and the finding is not in an error message.
   */
  publishedContactKeys?: readonly string[];
}

export interface ElementRule extends RuleBase {
  scope: 'element';
  /** Elements to evaluate; searched through open shadow roots too. */
  selector: string;
  evaluate(element: Element, ctx: RuleContext): Outcome;
}

export interface PageRule extends RuleBase {
  scope: 'page';
  evaluatePage(doc: Document, ctx: RuleContext): PageFinding[];
}

export type Rule = ElementRule | PageRule;

export function defineRule<R extends Rule>(rule: R): R {
  return rule;
}
