import type { BarrierId } from '../model/barriers';
import type { JourneyMetrics } from '../model/report';
import { checkIndicator, distinctScreens } from './check-indicator';
import { acknowledgementOf, isFormScreen, type StepView } from './read-step';
import type { StepField } from './step-structure';

/** demarches-simplifiees' estimate shown to form builders (DOMAIN.md §4). */
export const EFFORT_SECONDS = { simple: 5, lookUp: 60, upload: 180 } as const;
export const DSFR_MAX_STEPS = 8;

export type ObservatoireColour = JourneyMetrics['alreadyKnown']['colour'];

/** "Dites-le-nous une fois" colours of the Observatoire: 0-1 green, 2-4 yellow, 5+ red. */
export function alreadyKnownColour(count: number): ObservatoireColour {
  if (count <= 1) return 'green';
  return count <= 4 ? 'yellow' : 'red';
}

/** `notChecked`: indexes of the steps that could not be checked, sorted; the counts then are lower bounds. */
export function journeyMetrics(views: readonly StepView[], notChecked: readonly number[] = []): JourneyMetrics {
  const screens = distinctScreens(views);
  const fields = screens.flatMap((v) => v.fields);
  const all = screens.reduce((sum, v) => sum + v.fieldCount, 0);
  const required = screens.reduce((sum, v) => sum + v.requiredCount, 0);
  const indicator = checkIndicator(views, notChecked);
  const alreadyKnown = alreadyKnownItems(screens);
  const last = views[views.length - 1];
  const acknowledgement = acknowledgementOf(last);
  const summaryStep = views.find((v) => v.signals?.summary && v.fieldCount === 0);
  const timed = views.filter((v) => v.timeSpentMs !== undefined);
  const backSteps = views.filter((v) => v.signals?.back).map((v) => v.index);
  return {
    lowerBound: notChecked.length > 0,
    steps: {
      recorded: views.length,
      notChecked: [...notChecked],
      distinctScreens: screens.length,
      formScreens: screens.filter(isFormScreen).length,
      overDsfrLimit: screens.filter(isFormScreen).length > DSFR_MAX_STEPS,
    },
    fields: { all, required, optional: all - required, perStep: fieldsPerStep(views, notChecked) },
    uploads: screens.reduce((sum, v) => sum + v.uploads, 0),
    alreadyKnown: { count: alreadyKnown.length, items: alreadyKnown, colour: alreadyKnownColour(alreadyKnown.length) },
    requirements: {
      account: requirement(views, 'account-required', (f) => f.concept === 'password' && f.required),
      digitalIdentity: requirement(views, 'digital-identity-required'),
      email: requirement(views, 'email-required', (f) => f.concept === 'email' && f.required),
      mobilePhone: requirement(views, 'mobile-phone-required', (f) => f.concept === 'mobile-phone' && f.required),
      captcha: requirement(views, 'captcha'),
    },
    stepIndicator: {
      present: indicator.verdict.kind !== 'absent',
      claimedTotals: indicator.claimedTotals,
      screensSeen: indicator.screensSeen,
      consistent: indicator.verdict.kind === 'absent' || indicator.verdict.kind === 'not-all-seen' ? null : indicator.verdict.kind === 'consistent',
    },
    navigation: {
      back: { available: backSteps.length > 0, steps: backSteps, missingSteps: stepsWithoutBack(views) },
      save: { available: views.some((v) => v.signals?.save), steps: views.filter((v) => v.signals?.save).map((v) => v.index) },
      summary: { present: summaryStep !== undefined, step: summaryStep?.index ?? null },
      acknowledgement: {
        ...acknowledgement,
        step: last && (acknowledgement.confirmation || acknowledgement.reference) ? last.index : null,
      },
    },
    effort: effortOf(fields, screens),
    timeSpent: {
      totalMs: timed.length ? timed.reduce((sum, v) => sum + (v.timeSpentMs ?? 0), 0) : null,
      stepsTimed: timed.length,
    },
    errors: { count: views.filter((v) => v.signals?.errorSummary).length, steps: views.filter((v) => v.signals?.errorSummary).map((v) => v.index) },
  };
}

/** Fields asked on each step, by step index: a step not checked (or never given) has null, not 0. */
function fieldsPerStep(views: readonly StepView[], notChecked: readonly number[]): Array<number | null> {
  const length = Math.max(0, ...views.map((v) => v.index + 1), ...notChecked.map((index) => index + 1));
  const perStep: Array<number | null> = Array.from({ length }, () => null);
  for (const view of views) perStep[view.index] = view.fieldCount;
  return perStep;
}

/** Form screens after the first one that offer no way back on the page itself. */
export function stepsWithoutBack(views: readonly StepView[]): number[] {
  const forms = distinctScreens(views).filter((v) => v.fieldCount > 0 && v.signals !== null);
  return forms.slice(1).filter((v) => !v.signals?.back).map((v) => v.index);
}

/** Distinct items by kind (and person): the tax number asked twice is one item known twice. */
export function alreadyKnownItems(screens: readonly StepView[]): JourneyMetrics['alreadyKnown']['items'] {
  const items = new Map<string, JourneyMetrics['alreadyKnown']['items'][number]>();
  for (const view of screens) {
    for (const field of view.fields) {
      if (!field.alreadyKnown || field.confirmation) continue;
      const key = `${field.alreadyKnown}|${field.subject}`;
      const known = items.get(key);
      if (!known) items.set(key, { kind: field.alreadyKnown, step: view.index, label: field.label, required: field.required });
      else if (field.required && !known.required) known.required = true;
    }
  }
  return [...items.values()];
}

function requirement(views: readonly StepView[], barrier: BarrierId, fromField?: (field: StepField) => boolean): JourneyMetrics['requirements']['account'] {
  const certainSteps = views.filter((v) => v.barriers.certain.has(barrier) || (fromField !== undefined && v.fields.some(fromField)));
  const possibleSteps = views.filter((v) => v.barriers.possible.has(barrier));
  const steps = [...new Set([...certainSteps, ...possibleSteps].map((v) => v.index))].sort((a, b) => a - b);
  return { met: steps.length > 0, certain: certainSteps.length > 0, steps };
}

function effortOf(fields: readonly StepField[], screens: readonly StepView[]): JourneyMetrics['effort'] {
  const uploads = fields.filter((f) => f.upload).length;
  // Typing a number again to confirm it needs no second look-up.
  const lookUps = fields.filter((f) => f.lookUp && !f.confirmation).length;
  // Steps recorded without per-field structure still count, as simple fields and uploads.
  const legacy = screens.filter((v) => !v.fieldsKnown);
  const legacyUploads = legacy.reduce((sum, v) => sum + v.uploads, 0);
  const legacySimple = Math.max(0, legacy.reduce((sum, v) => sum + v.fieldCount, 0) - legacyUploads);
  const simple = fields.length - uploads - lookUps + legacySimple;
  const part = (count: number, each: number) => ({ count, seconds: count * each });
  const parts = {
    simple: part(simple, EFFORT_SECONDS.simple),
    lookUp: part(lookUps, EFFORT_SECONDS.lookUp),
    upload: part(uploads + legacyUploads, EFFORT_SECONDS.upload),
  };
  return { totalSeconds: parts.simple.seconds + parts.lookUp.seconds + parts.upload.seconds, ...parts };
}
