import type { BarrierId } from '../model/barriers';
import type { Lang } from '../model/lang';
import type { JourneyStep } from '../model/report';
import type { Impact, Target } from '../model/result';
import type { Outcome, RuleContext, RuleText } from '../model/rule';
import type { StepField } from './step-structure';

export type JourneyContext = RuleContext;

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

export function stepTarget(step: number | undefined, field?: StepField): Target {
  if (step === undefined) return [JOURNEY_TARGET];
  return [`step-${step}`, ...(field?.target ?? [])];
}
