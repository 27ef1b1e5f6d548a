/*
 * The text measures the plain-language rules use, in one place: the pure text module
 * (segmentation, syllables, formulas, our score) is owned and tested on its own.
 */
export { segmentText, splitWords, type Sentence } from '../../text/segment';
export { countText } from '../../text/counts';
export { kandelMoles, fleschReadingEase, fleschKincaidGrade, lix, type Counts } from '../../text/formulas';
export { scoreSentences } from '../../text/score';
export { level } from '../../text/level';
export { commonWords } from '../../text/score';
export { findJargon, lexiconSize } from '../../text/jargon';
export { lookupForm } from '../../text/lexicon';
