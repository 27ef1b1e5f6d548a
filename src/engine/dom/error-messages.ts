import { maskEchoedInput } from '../privacy/mask-echoed-input';

/**
 * Where design systems and common libraries put a field's error message. Page text written by
 * the service, never what the person typed.
 */
export const ERROR_MESSAGE_SELECTOR = [
  '.govuk-error-message',
  '.fr-error-text',
  '.fr-message--error',
  '.invalid-feedback',
  '.error-message',
  '.field-error',
  '.form-error',
  '.help-block.error',
  '.mat-error',
  'mat-error',
].join(', ');

/**
 * The message without the "Erreur :" / "Error:" prefix GOV.UK adds for screen readers, and
 * without what the person typed that it repeats (mask-echoed-input.ts).
 */
export function errorMessageText(text: string): string {
  return maskEchoedInput(text.replace(/^\s*(?:erreur|error)\s*:\s*/i, '').replace(/\s+/g, ' ').trim());
}

/** Where a page shows error text: field messages, error summaries and alerts. */
export const ERROR_REGION = `${ERROR_MESSAGE_SELECTOR}, [role=alert], .govuk-error-summary, .fr-error-summary, .error-summary`;

/** Whether an element shows error text or sits inside some (a link in an error summary). */
export function inErrorRegion(element: Element): boolean {
  return element.closest(ERROR_REGION) !== null;
}
