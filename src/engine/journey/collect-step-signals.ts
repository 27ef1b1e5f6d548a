import { isHidden } from '../dom/field';
import { linkText, readableText } from '../dom/page-text';
import { queryDeep } from '../dom/query-deep';
import type { StepIndicator, StepSignals } from './step-structure';
import { collapseWhitespace } from '../dom/collapse-whitespace';

/**
 * What a screen offers to find one's way in a procedure: a way back, a way to save and come
 * back, a summary to check before sending, a confirmation with a reference, an error summary,
 * a step indicator. Reads page text and structure, never a field's content.
 */
const BACK = /^(retour|revenir|precedent|etape precedente|page precedente|back|go back|previous|previous step|terug|vorige)\b/;
const SAVE = /\b(sauvegarder|brouillon|enregistrer (et|pour) (continuer|reprendre|finir|terminer) plus tard|reprendre plus tard|continuer plus tard|save (and|to) (come back|return|continue|finish)( later)?|save for later|save (as )?(a )?draft|save and exit|opslaan)\b/;
const SUMMARY = /\b(recapitulatif|recapitulatif de (votre|la) demande|verifi\w* (vos|les) (reponses|informations)|relisez|check your answers|check your (application|details)|review your (answers|application|details)|summary of your)\b/;
const CONFIRMATION = /\b((demande|dossier|declaration|formulaire) (a bien ete|a ete) (envoye|envoyee|enregistre|enregistree|transmis|transmise|depose|deposee|recu|recue)|nous avons (bien )?recu|confirmation de (votre )?(demande|depot|envoi)|application (complete|submitted|sent|received)|we (have )?received your|form submitted|your application has been)\b/;
const REFERENCE = /\b(numero de (dossier|demande|suivi|reference|depot|teledossier)|votre reference|reference de (votre|la) demande|accuse de reception|recepisse|reference number|your reference|application number|tracking number|receipt|(e ?mail|courriel) de confirmation|confirmation (e ?mail|email))\b/;
/** "N° : 2024-ABC-123", "Référence : HDJ2123F": a code with digits right after the word. */
const REFERENCE_CODE = /(\bnumero|\breference|\bref|\bn ?°|\bno\.?)\s*:?\s*[a-z]*[-/]?\d[a-z0-9/-]{3,}/;
const ERROR_HEADING = /\b(il y a (un|des) problemes?|erreurs? dans le formulaire|corrigez|there (is|was) a problem|there are errors|errors? (in|on) (the|this) (form|page))\b/;
const INDICATOR = /\b(?:etape|step|stap|question)\s*(\d{1,2})\s*(?:sur|of|\/|van)\s*(\d{1,2})\b/;

export function collectStepSignals(doc: Document): StepSignals {
  const text = normalize(readableText(doc.body));
  const headings = queryDeep(doc, 'h1, h2, legend, .govuk-panel__title, .fr-callout__title').map((el) => normalize(readableText(el)));
  const controls = queryDeep(doc, 'a[href], button, input[type=submit], input[type=button], [role=button], [role=link]').filter((el) => !isHidden(el));
  const controlNames = controls.map((el) => normalize(linkText(el) || el.getAttribute('value') || ''));
  const confirmation = headings.some((h) => CONFIRMATION.test(h)) || queryDeep(doc, '.govuk-panel--confirmation').length > 0 || CONFIRMATION.test(text);
  return {
    back: queryDeep(doc, '.govuk-back-link, .fr-link--back, a[rel=prev]').length > 0 || controlNames.some((name) => BACK.test(name)),
    save: controlNames.some((name) => SAVE.test(name)),
    summary: headings.some((h) => SUMMARY.test(h)) || queryDeep(doc, '.govuk-summary-list, .fr-summary').length > 0,
    confirmation,
    reference: REFERENCE.test(text) || REFERENCE_CODE.test(text),
    errorSummary: hasErrorSummary(doc, headings),
    indicator: indicatorOf(doc, text),
  };
}

function normalize(text: string): string {
  return collapseWhitespace(text.normalize('NFD').replace(/[\u0300-\u036f]+/g, '').toLowerCase().replace(/[’']/g, ' ')).trim();
}

/** A summary of errors at the top, or fields the page marks invalid next to an error message. */
function hasErrorSummary(doc: Document, headings: readonly string[]): boolean {
  const summaries = queryDeep(doc, '.govuk-error-summary, .fr-alert--error, [role=alert]').filter((el) => !isHidden(el) && readableText(el) !== '');
  if (summaries.some((el) => el.matches('.govuk-error-summary, .fr-alert--error') || ERROR_HEADING.test(normalize(readableText(el))))) return true;
  if (headings.some((h) => ERROR_HEADING.test(h))) return true;
  const invalid = queryDeep(doc, '[aria-invalid=true]').filter((el) => !isHidden(el));
  const messages = queryDeep(doc, '.govuk-error-message, .fr-error-text, .fr-message--error').filter((el) => !isHidden(el) && readableText(el) !== '');
  return invalid.length > 0 && messages.length > 0;
}

/** DSFR stepper ("Étape 2 sur 4", data-fr-current-step), GOV.UK "Question 3 of 10", "Step X of N". */
function indicatorOf(doc: Document, text: string): StepIndicator | null {
  const stepper = queryDeep(doc, '[data-fr-current-step][data-fr-steps]')[0];
  if (stepper) {
    const current = Number(stepper.getAttribute('data-fr-current-step'));
    const total = Number(stepper.getAttribute('data-fr-steps'));
    if (current > 0 && total > 0) return { current, total };
  }
  const match = INDICATOR.exec(text);
  if (!match) return null;
  const current = Number(match[1]);
  const total = Number(match[2]);
  return current > 0 && total > 0 ? { current, total } : null;
}
