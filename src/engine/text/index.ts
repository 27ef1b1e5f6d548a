export { countText, letterCount, MIN_SENTENCE_WORDS } from './counts';
export { extractFeatures, FEATURE_NAMES, type FeatureName, type Features } from './features';
export { fleschKincaidGrade, fleschReadingEase, kandelMoles, lix, type Counts } from './formulas';
export { findJargon, lexiconSize, type JargonEntry, type JargonHit } from './jargon';
export { level } from './level';
export { measureText, type TextMeasure } from './measure';
export { commonWords, readabilityScore, scoreSentences } from './score';
export { segmentText, splitSentences, splitWords, type Sentence } from './segment';
export { countSyllables } from './syllables';
