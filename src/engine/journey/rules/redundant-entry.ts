import { pass, review } from '../../model/rule';
import { NEVER_REDUNDANT } from '../field-meaning';
import { defineJourneyRule, type JourneyFinding, NOT_CHECKED_TEXT, notCheckedData, stepNumber } from '../journey-rule';
import { readSteps, type StepView } from '../read-step';
import type { StepField } from '../step-structure';

/**
 * WCAG 3.3.7 Redundant Entry: what a person already gave must not be asked again in the same
 * procedure. Two fields ask "the same thing" when they share a meaning (autocomplete token or
 * label synonyms) and belong to the same person: "Nom" under "Demandeur" and "Nom" under
 * "Conjoint" are two questions. A screen seen again (after an error, or to change an answer) is
 * not a second asking. Passwords and one-time codes are asked again on purpose (WCAG's security
 * exception).
 * Never certain: 3.3.7 is met when the second field is filled in from the earlier answer or
 * offered to select, and Balise never reads values, so even the same autocomplete token on two
 * screens (the author's statement that it is the same data) needs review, saying why.
 * "Nothing asked again" is not certain either when a step could not be checked.
 */
export default defineJourneyRule({
  id: 'redundant-entry',
  impact: 'moderate',
  tags: ['cat.journey', 'wcag22aa', 'wcag337'],
  barriers: ['redundant-entry'],
  helpUrl: 'https://www.w3.org/WAI/WCAG22/Understanding/redundant-entry.html',
  text: {
    fr: {
      description: 'Une information déjà donnée pendant la démarche n’est pas demandée une seconde fois.',
      help: 'Ne pas redemander ce que la personne a déjà saisi (WCAG 3.3.7).',
      messages: {
        askedAgain: 'Le champ « {label} » (étape {step}) redemande « {firstLabel} », déjà demandé à l’étape {firstStep} (même valeur autocomplete « {autocomplete} »). Balise ne lit pas les valeurs : vérifiez s’il est prérempli ou proposé au choix, ce qui respecte le critère WCAG 3.3.7.',
        askedAgainLabel: 'Le champ « {label} » (étape {step}) semble redemander « {firstLabel} », déjà demandé à l’étape {firstStep}. Vérifiez qu’il s’agit de la même information et qu’elle n’est ni préremplie ni proposée au choix.',
        confirmAgain: 'Le champ « {label} » fait saisir une seconde fois « {firstLabel} » sur la même page.',
        notAllCompared: `Rien n’est redemandé d’une étape vérifiée à l’autre, mais ${NOT_CHECKED_TEXT.fr} : une information déjà donnée y est peut-être redemandée. Vérifiez à la main.`,
      },
    },
    en: {
      description: 'Information already given during the procedure is not asked for a second time.',
      help: 'Do not ask again for what the person already entered (WCAG 3.3.7).',
      messages: {
        askedAgain: 'The field "{label}" (step {step}) asks again for "{firstLabel}", already asked at step {firstStep} (same autocomplete value "{autocomplete}"). Balise does not read values: check whether it is pre-filled or offered to select, which meets WCAG 3.3.7.',
        askedAgainLabel: 'The field "{label}" (step {step}) seems to ask again for "{firstLabel}", already asked at step {firstStep}. Check that it is the same information and that it is neither pre-filled nor offered to select.',
        confirmAgain: 'The field "{label}" makes the person type "{firstLabel}" a second time on the same page.',
        notAllCompared: `Nothing is asked again from one checked step to another, but ${NOT_CHECKED_TEXT.en}: information already given may be asked again there. Check by hand.`,
      },
    },
  },
  evaluateJourney(steps, ctx) {
    const views = readSteps(steps);
    if (views.filter((v) => v.fieldsKnown).length === 0) return [];
    const findings = [...confirmations(views), ...askedAgain(views)];
    if (findings.length) return findings;
    if (ctx.notChecked.length === 0) return [{ outcome: pass({ stepsCompared: views.length }) }];
    const evidence = { stepsCompared: views.length, notChecked: ctx.notChecked.join(',') };
    return [{ outcome: review('notAllCompared', notCheckedData(ctx.notChecked, ctx.lang), evidence) }];
  },
});

interface Asked {
  view: StepView;
  field: StepField;
}

/** Labels with no known meaning still match when the wording is specific enough. */
const GENERIC = /^(autre|autres|precisez|precision|commentaire|commentaires|montant|oui|non|other|details|description|comments?|amount|yes|no|date)$/;

function keyOf(field: StepField): string | null {
  if (field.upload || field.confirmation) return null;
  if (field.concept) return NEVER_REDUNDANT.has(field.concept) ? null : `${field.concept}|${field.subject}`;
  const label = field.normalizedLabel;
  if (label.split(' ').length < 2 || GENERIC.test(label)) return null;
  return `label:${label}|${field.subject}`;
}

function askedAgain(views: readonly StepView[]): JourneyFinding[] {
  const first = new Map<string, Asked>();
  const reported = new Set<string>();
  const findings: JourneyFinding[] = [];
  for (const view of views) {
    for (const field of view.fields) {
      const key = keyOf(field);
      if (!key) continue;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, { view, field });
        continue;
      }
      if (earlier.view.screenKey === view.screenKey || reported.has(`${key}@${view.screenKey}`)) continue;
      reported.add(`${key}@${view.screenKey}`);
      const sameToken = field.autocomplete !== null && field.autocomplete === earlier.field.autocomplete;
      const data = { label: field.label, step: stepNumber(view.index), firstLabel: earlier.field.label, firstStep: stepNumber(earlier.view.index), autocomplete: field.autocomplete ?? '' };
      const evidence = { label: field.label, autocomplete: field.autocomplete, type: field.type, concept: field.concept, firstStep: earlier.view.index, firstLabel: earlier.field.label, firstAutocomplete: earlier.field.autocomplete };
      findings.push({ step: view.index, field, outcome: review(sameToken ? 'askedAgain' : 'askedAgainLabel', data, evidence) });
    }
  }
  return findings;
}

/** "Confirmez votre e-mail": one finding per confirmation field, on the screen's first visit. */
function confirmations(views: readonly StepView[]): JourneyFinding[] {
  const findings: JourneyFinding[] = [];
  const screens = new Set<string>();
  for (const view of views) {
    if (screens.has(view.screenKey)) continue;
    screens.add(view.screenKey);
    for (const field of view.fields) {
      if (!field.confirmation || !field.concept || NEVER_REDUNDANT.has(field.concept)) continue;
      const original = view.fields.find((f) => !f.confirmation && f.concept === field.concept && f.subject === field.subject);
      const firstLabel = original?.label ?? field.concept;
      const evidence = { label: field.label, autocomplete: field.autocomplete, type: field.type, concept: field.concept, firstLabel };
      findings.push({ step: view.index, field, outcome: review('confirmAgain', { label: field.label, firstLabel }, evidence) });
    }
  }
  return findings;
}
