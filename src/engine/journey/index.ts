/** Journey analysis: a recorded procedure's steps in, its cost and journey findings out. Pure. */
export { analyzeJourney, type JourneyAnalysis, type JourneyAnalysisOptions } from './analyze-journey';
export { journeyRules } from './rules';
export { collectStepFields } from './collect-step-fields';
export { collectStepSignals } from './collect-step-signals';
export { defineJourneyRule, stepTarget, JOURNEY_TARGET, type JourneyRule, type JourneyFinding, type JourneyContext } from './journey-rule';
export { StepFieldSchema, StepSignalsSchema, StepIndicatorSchema, type StepField, type StepSignals, type StepIndicator } from './step-structure';
export { EFFORT_SECONDS, DSFR_MAX_STEPS, alreadyKnownColour, type ObservatoireColour } from './journey-metrics';
export { ALREADY_KNOWN_KINDS, ALREADY_KNOWN_TEXT, type AlreadyKnownKind } from './field-meaning';
