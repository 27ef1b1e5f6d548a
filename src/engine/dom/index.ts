export { queryDeep } from './query-deep';
export { readableText, linkText } from './page-text';
export { FIELD_SELECTOR, fieldEvidence, fieldHint, fieldsetLegend, isHidden, isRequired } from './field';
export { fieldLabel, labelReader } from './field-labels';
export { targetOf, resolveTarget, cssEscape } from './selector';
export { safeSnippet } from './safe-snippet';
export { redactUrl } from './redact-url';
export { listChildFrames } from './frames';
