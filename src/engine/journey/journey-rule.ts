import type { BarrierId } from '../model/barriers';
import type { Lang } from '../model/lang';
import type { JourneyStep } from '../model/report';
import type { Impact, Target } from '../model/result';
import type { Outcome, RuleContext, RuleText } from '../model/rule';
import type { StepField } from './step-structure';

export interface JourneyContext extends RuleContext {
  /**
   * Steps of the procedure that could not be checked (a page that did not load, an audit that
   * broke), as JourneyStep indexes, in order. The steps given to a rule skip them: a rule whose
   * certainty rests on having seen every step says so and asks for review instead.
   */
  notChecked: readonly number[];
}

/**
 * A journey finding points at a step, and at a field of that step when there is one. In the
 * result it becomes a node whose target is [`step-<index>`, ...the field's selector on that
 * step's page] (index = JourneyStep.index) and whose evidence carries `step: <index>`. A finding
 * about the whole procedure has no step: its target is ['journey'].
 */
export interface JourneyFinding {
  step?: number;
  field?: StepField;
  outcome: Outcome;
}

export interface JourneyRule {
  id: string;
  impact: Impact;
  tags: readonly string[];
  barriers: readonly BarrierId[];
  helpUrl?: string;
  text: Readonly<Record<Lang, RuleText>>;
  evaluateJourney(steps: readonly JourneyStep[], ctx: JourneyContext): JourneyFinding[];
}

export function defineJourneyRule<R extends JourneyRule>(rule: R): R {
  return rule;
}

export const JOURNEY_TARGET = 'journey';

/** Step indexes count from 0; people count steps from 1, so every message says the latter. */
export function stepNumber(index: number): number {
  return index + 1;
}

/**
 * "l’étape 5 n’a pas pu être vérifiée" / "steps 3 and 5 could not be checked", for a rule message
 * that embeds it: fill it with notCheckedData().
 */
export const NOT_CHECKED_TEXT: Readonly<Record<Lang, string>> = {
  fr: '{notCheckedCount, plural, one {l’étape} other {les étapes}} {notChecked} {notCheckedCount, plural, one {n’a pas pu être vérifiée} other {n’ont pas pu être vérifiées}}',
  en: '{notCheckedCount, plural, one {step} other {steps}} {notChecked} could not be checked',
};

/** The message data of NOT_CHECKED_TEXT: the step numbers people read ("3 et 5"), and how many. */
export function notCheckedData(indexes: readonly number[], lang: Lang): { notChecked: string; notCheckedCount: number } {
  const numbers = indexes.map((index) => String(stepNumber(index)));
  return { notChecked: new Intl.ListFormat(lang, { type: 'conjunction' }).format(numbers), notCheckedCount: numbers.length };
}

export function stepTarget(step: number | undefined, field?: StepField): Target {
  if (step === undefined) return [JOURNEY_TARGET];
  return [`step-${step}`, ...(field?.target ?? [])];
}
