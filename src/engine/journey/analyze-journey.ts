import type { JourneyMetrics, JourneyStep } from '../model/report';
import type { RuleResult } from '../model/result';
import { journeyMetrics } from './journey-metrics';
import type { JourneyContext, JourneyRule } from './journey-rule';
import { readSteps } from './read-step';
import { journeyRules } from './rules';
import { runJourneyRules } from './run-journey-rules';

export interface JourneyAnalysis {
  metrics: JourneyMetrics;
  violations: RuleResult[];
  incomplete: RuleResult[];
  passes: RuleResult[];
  /** Journey rules that threw; the others still ran. */
  errors: Array<{ ruleId: string; message: string }>;
}

export interface JourneyAnalysisOptions extends Partial<JourneyContext> {
  lang: JourneyContext['lang'];
  rules?: readonly JourneyRule[];
}

/**
 * What a recorded procedure costs a person and the journey-level findings, from its steps and the
 * numbers of the steps that could not be checked (`notChecked`): pure, so the side panel, the
 * report page and the command line all get the same answer.
 */
export function analyzeJourney(steps: readonly JourneyStep[], options: JourneyAnalysisOptions): JourneyAnalysis {
  const notChecked = [...new Set(options.notChecked ?? [])].sort((a, b) => a - b);
  const ctx: JourneyContext = { lang: options.lang, profile: options.profile ?? 'general', notChecked };
  const findings = runJourneyRules(steps, options.rules ?? journeyRules, ctx);
  return { metrics: journeyMetrics(readSteps(steps), notChecked), ...findings };
}
