import { fail, pass, review } from '../../model/rule';
import { checkIndicator, distinctScreens } from '../check-indicator';
import { DSFR_MAX_STEPS, stepsWithoutBack } from '../journey-metrics';
import { defineJourneyRule, type JourneyContext, type JourneyFinding, NOT_CHECKED_TEXT, notCheckedData, stepNumber } from '../journey-rule';
import { isFormScreen, readSteps, type StepView } from '../read-step';

/**
 * Finding one's way through the whole procedure. Only an indicator that contradicts itself or
 * what was seen is certain (a fail): "Étape 2 sur 4" followed by five more form screens, or
 * "Étape 5 sur 4". The rest needs review: a long procedure is a design choice to question, the
 * browser's back button may work where the page offers no link back, and a summary may be worded
 * in a way Balise does not recognise. A step that could not be checked may hold what was not
 * seen (more screens, the summary): an indicator that fits the screens seen then needs review, and
 * "no summary seen" says which step was missed.
 */
export default defineJourneyRule({
  id: 'step-navigation',
  impact: 'moderate',
  tags: ['cat.journey', 'RGAA-12.x', 'wcag22aa', 'wcag248'],
  barriers: ['step-navigation'],
  text: {
    fr: {
      description: 'La démarche dit où en est la personne, permet de revenir en arrière et de relire avant d’envoyer.',
      help: 'Un indicateur d’étapes juste, un retour possible et un récapitulatif avant l’envoi.',
      messages: {
        tooManySteps: 'La démarche compte {screens} écrans de formulaire : au-delà de {limit} étapes, le composant « indicateur d’étapes » du DSFR ne s’applique plus. Voyez si des étapes peuvent être regroupées ou supprimées.',
        indicatorDisagrees: 'L’indicateur annonce {claimed} étapes (« {current} sur {claimed} » à l’étape {step}), mais {seen} écrans ont été parcourus.',
        indicatorSubPages: 'L’indicateur annonce {claimed} étapes, mais {seen} écrans ont été parcourus, dont plusieurs sous le même numéro d’étape. Vérifiez que la personne sait où elle en est.',
        indicatorTotalChanges: 'Le nombre total d’étapes annoncé change en cours de route ({totals}).',
        noIndicator: 'Aucun indicateur d’étapes sur les {screens} écrans de formulaire parcourus.',
        noBack: 'L’étape {step} ne propose pas de lien ou bouton pour revenir à l’étape précédente. Vérifiez que le bouton « retour » du navigateur fonctionne sans perte.',
        noSummary: 'Aucun récapitulatif à relire n’a été vu avant l’envoi de la demande.',
        indicatorNotAllSeen: `L’indicateur annonce {claimed} étapes et {seen} écrans ont été vus, mais ${NOT_CHECKED_TEXT.fr} : on ne peut pas dire si l’indicateur est juste.`,
        noSummaryNotChecked: `Aucun récapitulatif à relire n’a été vu avant l’envoi de la demande, mais ${NOT_CHECKED_TEXT.fr} : le récapitulatif s’y trouvait peut-être. Vérifiez à la main.`,
      },
    },
    en: {
      description: 'The procedure tells the person where they are, lets them go back, and lets them check before sending.',
      help: 'A correct step indicator, a way back and a summary before sending.',
      messages: {
        tooManySteps: 'The procedure has {screens} form screens: beyond {limit} steps the DSFR step indicator component no longer applies. See whether steps can be merged or removed.',
        indicatorDisagrees: 'The indicator announces {claimed} steps ("{current} of {claimed}" at step {step}), but {seen} screens were gone through.',
        indicatorSubPages: 'The indicator announces {claimed} steps, but {seen} screens were gone through, several under the same step number. Check that the person knows where they are.',
        indicatorTotalChanges: 'The announced total number of steps changes along the way ({totals}).',
        noIndicator: 'No step indicator on any of the {screens} form screens gone through.',
        noBack: 'Step {step} offers no link or button back to the previous step. Check that the browser back button works without losing answers.',
        noSummary: 'No summary to check was seen before the request was sent.',
        indicatorNotAllSeen: `The indicator announces {claimed} steps and {seen} screens were seen, but ${NOT_CHECKED_TEXT.en}: whether the indicator is right cannot be said.`,
        noSummaryNotChecked: `No summary to check was seen before the request was sent, but ${NOT_CHECKED_TEXT.en}: the summary may have been there. Check by hand.`,
      },
    },
  },
  evaluateJourney(steps, ctx) {
    const views = readSteps(steps);
    if (views.length < 2) return [];
    return [...length(views), ...indicator(views, ctx), ...back(views), ...summary(views, ctx)];
  },
});

function length(views: readonly StepView[]): JourneyFinding[] {
  const forms = distinctScreens(views).filter(isFormScreen);
  if (forms.length <= DSFR_MAX_STEPS) return [];
  const beyond = forms[DSFR_MAX_STEPS]!;
  return [{ step: beyond.index, outcome: review('tooManySteps', { screens: forms.length, limit: DSFR_MAX_STEPS }, { screens: forms.length, limit: DSFR_MAX_STEPS }) }];
}

function indicator(views: readonly StepView[], ctx: JourneyContext): JourneyFinding[] {
  const { verdict, screensSeen } = checkIndicator(views, ctx.notChecked);
  switch (verdict.kind) {
    case 'absent': {
      const forms = distinctScreens(views).filter((v) => v.fieldCount > 0 && v.signals !== null).length;
      return forms >= 3 ? [{ outcome: review('noIndicator', { screens: forms }, { screens: forms }) }] : [];
    }
    case 'disagrees':
      return [{ step: verdict.step, outcome: fail('indicatorDisagrees', { claimed: verdict.claimed, seen: verdict.seen, current: verdict.current, step: stepNumber(verdict.step) }, { claimed: verdict.claimed, seen: verdict.seen, current: verdict.current }) }];
    case 'sub-pages':
      return [{ step: verdict.step, outcome: review('indicatorSubPages', { claimed: verdict.claimed, seen: verdict.seen }, { claimed: verdict.claimed, seen: verdict.seen }) }];
    case 'total-changes':
      return [{ step: verdict.step, outcome: review('indicatorTotalChanges', { totals: verdict.totals.join(', ') }, { totals: verdict.totals.join(',') }) }];
    case 'consistent':
      return [{ outcome: pass({ claimed: verdict.claimed, seen: screensSeen }) }];
    case 'not-all-seen': {
      const data = { claimed: verdict.claimed, seen: verdict.seen, ...notCheckedData(verdict.notChecked, ctx.lang) };
      return [{ outcome: review('indicatorNotAllSeen', data, { claimed: verdict.claimed, seen: verdict.seen, notChecked: verdict.notChecked.join(',') }) }];
    }
  }
}

function back(views: readonly StepView[]): JourneyFinding[] {
  return stepsWithoutBack(views).map((step) => ({ step, outcome: review('noBack', { step: stepNumber(step) }) }));
}

/** Only judged once the request was sent: the record ends on a confirmation. */
function summary(views: readonly StepView[], ctx: JourneyContext): JourneyFinding[] {
  const last = views[views.length - 1]!;
  const forms = distinctScreens(views).filter((v) => v.fieldCount > 0).length;
  if (!last.signals?.confirmation || forms < 2) return [];
  const summaryStep = views.find((v) => v.signals?.summary && v.index < last.index);
  if (summaryStep) return [{ step: summaryStep.index, outcome: pass({ summary: true }) }];
  const missed = ctx.notChecked.filter((index) => index < last.index);
  if (missed.length === 0) return [{ step: last.index, outcome: review('noSummary') }];
  return [{ step: last.index, outcome: review('noSummaryNotChecked', notCheckedData(missed, ctx.lang), { notChecked: missed.join(',') }) }];
}
