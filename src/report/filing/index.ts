export { draftFiling, MAX_MAILTO_LENGTH, type FilingDraft, type FilingInput } from './draft-filing';
export { findServiceContact, type ServiceContact } from './service-contact';
export { FILING_TEMPLATES, RECIPIENTS, type FilingTemplate, type Recipient } from './templates';
