import type { JourneyRule } from '../journey-rule';
import alreadyKnownData from './already-known-data';
import noAcknowledgement from './no-acknowledgement';
import redundantEntry from './redundant-entry';
import stepNavigation from './step-navigation';

/** Every journey rule, in report order. A rule not listed here does not run. */
export const journeyRules: readonly JourneyRule[] = [redundantEntry, stepNavigation, alreadyKnownData, noAcknowledgement];
