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

/** The message without the "Erreur :" / "Error:" prefix GOV.UK adds for screen readers. */
export function errorMessageText(text: string): string {
  return text.replace(/^\s*(?:erreur|error)\s*:\s*/i, '').replace(/\s+/g, ' ').trim();
}
