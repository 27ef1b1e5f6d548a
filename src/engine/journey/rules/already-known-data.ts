import { fail, pass, review } from '../../model/rule';
import { distinctScreens } from '../check-indicator';
import { ALREADY_KNOWN_TEXT, type AlreadyKnownKind } from '../field-meaning';
import { alreadyKnownColour, alreadyKnownItems } from '../journey-metrics';
import { defineJourneyRule, NOT_CHECKED_TEXT, notCheckedData, stepNumber } from '../journey-rule';
import { readSteps } from '../read-step';

const RED = 5;

/**
 * "Dites-le-nous une fois": items the administration already holds, counted over the whole
 * procedure with the Observatoire's colours (0-1 green, 2-4 yellow, 5+ red). Red is a fail only
 * when at least five of the items are required: an optional field can be left empty. Yellow, or
 * red resting on optional items, needs review, since some services cannot fetch the data yet.
 * When a step could not be checked the count is a lower bound: five required items stay a fail,
 * anything less needs review, the message saying the total may be higher.
 */
export default defineJourneyRule({
  id: 'already-known-data',
  impact: 'moderate',
  tags: ['cat.journey', 'dlnuf'],
  barriers: ['already-known-data'],
  text: {
    fr: {
      description: 'La démarche ne redemande pas ce que l’administration sait déjà (« Dites-le-nous une fois »).',
      help: 'Récupérer auprès des autres administrations les informations et justificatifs qu’elles détiennent.',
      messages: {
        known: '« {label} » ({kind}, étape {step}) : l’administration détient déjà cette information. Sur la démarche : {count, plural, one {# élément déjà connu} other {# éléments déjà connus}}, couleur {colour} de l’Observatoire.',
        knownAtLeast: `« {label} » ({kind}, étape {step}) : l’administration détient déjà cette information. Sur les étapes vérifiées : {count, plural, one {# élément déjà connu} other {# éléments déjà connus}}, couleur {colour} de l’Observatoire ; mais ${NOT_CHECKED_TEXT.fr}, le total est peut-être plus élevé.`,
        noneSeen: `Aucun élément que l’administration détient déjà sur les étapes vérifiées, mais ${NOT_CHECKED_TEXT.fr} : il y en a peut-être. Vérifiez à la main.`,
      },
    },
    en: {
      description: 'The procedure does not ask again for what the administration already knows ("Tell us once").',
      help: 'Fetch the information and documents other administrations already hold.',
      messages: {
        known: '"{label}" ({kind}, step {step}): the administration already holds this. For the procedure: {count, plural, one {# already-known item} other {# already-known items}}, Observatoire colour {colour}.',
        knownAtLeast: `"{label}" ({kind}, step {step}): the administration already holds this. On the checked steps: {count, plural, one {# already-known item} other {# already-known items}}, Observatoire colour {colour}; but ${NOT_CHECKED_TEXT.en}, so the total may be higher.`,
        noneSeen: `No item the administration already holds on the checked steps, but ${NOT_CHECKED_TEXT.en}: there may be some there. Check by hand.`,
      },
    },
  },
  evaluateJourney(steps, ctx) {
    const views = readSteps(steps);
    if (!views.some((v) => v.fieldsKnown)) return [];
    const items = alreadyKnownItems(distinctScreens(views));
    const colour = alreadyKnownColour(items.length);
    const missed = ctx.notChecked.length > 0;
    const notChecked: Record<string, string> = missed ? { notChecked: ctx.notChecked.join(',') } : {};
    if (items.length === 0) {
      if (!missed) return [{ outcome: pass({ count: 0, colour }) }];
      return [{ outcome: review('noneSeen', notCheckedData(ctx.notChecked, ctx.lang), { count: 0, ...notChecked }) }];
    }
    const required = items.filter((i) => i.required).length;
    const colourName = COLOUR_NAME[ctx.lang][colour];
    const message = missed ? 'knownAtLeast' : 'known';
    return items.map((item) => {
      const field = views.find((v) => v.index === item.step)?.fields.find((f) => f.alreadyKnown === item.kind && f.label === item.label);
      const kind = ALREADY_KNOWN_TEXT[ctx.lang][item.kind as AlreadyKnownKind] ?? item.kind;
      const data = { label: item.label, kind, step: stepNumber(item.step), count: items.length, colour: colourName, ...notCheckedData(ctx.notChecked, ctx.lang) };
      const evidence = { kind: item.kind, label: item.label, required: item.required, count: items.length, colour, ...notChecked };
      // A missed step can only add items: five required ones stay certain, a smaller count does not.
      const outcome =
        colour === 'red' && required >= RED ? fail(message, data, evidence) : colour === 'green' && !missed ? pass(evidence) : review(message, data, evidence);
      return { step: item.step, ...(field ? { field } : {}), outcome };
    });
  },
});

const COLOUR_NAME = {
  fr: { green: 'vert', yellow: 'jaune', red: 'rouge' },
  en: { green: 'green', yellow: 'yellow', red: 'red' },
} as const;
