import { defineRule, inapplicable, pass, review } from '../../model/rule';
import { FIELD_SELECTOR, fieldEvidence, fieldLabel, isHidden } from '../../dom';
import { fieldText } from '../../dom/field-text';
import { looksLikeDate } from '../../dom/date-field';

/**
 * A date typed through a mask (a script that forces "__/__/____") refuses "1/2/1950", pasted
 * dates and corrections in the middle, and often breaks with screen readers. Mask libraries leave
 * their mark in attributes (data-mask, data-inputmask, x-mask...). A strict `pattern` with no
 * stated format is as rigid. Whether the mask really gets in the way depends on the script: needs
 * review. A date field with a clear hint and no mask passes: that is the good practice (GOV.UK,
 * DSFR date pattern).
 */
const MASK_ATTRIBUTES = ['data-mask', 'data-inputmask', 'data-inputmask-alias', 'data-mask-format', 'x-mask', 'data-maska', 'mask', 'data-date-mask', 'data-imask'];
const FORMAT_STATED = /format|JJ\s*\/\s*MM|DD\s*\/\s*MM|MM\s*\/\s*DD|par exemple|for example|e\.g\.|ex\s*[.:]|\d{1,2}\s*[/ ]\s*\d{1,2}\s*[/ ]\s*\d{4}/i;

export default defineRule({
  id: 'rigid-date-mask',
  scope: 'element',
  selector: FIELD_SELECTOR,
  impact: 'moderate',
  tags: ['cat.balise'],
  barriers: ['rigid-input'],
  text: {
    fr: {
      description: 'Une date se saisit librement, avec le format indiqué.',
      help: 'Utilisez trois champs jour, mois, année ou un champ libre avec un exemple, sans masque de saisie.',
      messages: {
        mask: 'La date « {label} » se saisit à travers un masque ({mask}) : le masque peut refuser une date collée ou écrite autrement (1/2/1950).',
        patternNoFormat: 'La date « {label} » impose un format (pattern) sans le montrer : la personne ne sait pas comment l’écrire.',
      },
    },
    en: {
      description: 'A date can be typed freely, with its format stated.',
      help: 'Use three fields for day, month and year, or a free field with an example, without an input mask.',
      messages: {
        mask: 'The date "{label}" is typed through an input mask ({mask}): the mask may refuse a pasted date or one written another way (1/2/1950).',
        patternNoFormat: 'The date "{label}" enforces a format (pattern) without showing it: a person does not know how to write it.',
      },
    },
  },
  evaluate(element, ctx) {
    const mask = MASK_ATTRIBUTES.find((name) => element.hasAttribute(name));
    const pattern = element.getAttribute('pattern');
    // Cheap attribute test first: labels are read only for fields that could be a masked date.
    if (!mask && !pattern && element.getAttribute('type') !== 'date' && !/date|naiss|birth|jour|day/i.test(element.getAttribute('name') ?? '')) return inapplicable();
    if (isHidden(element)) return inapplicable();
    const label = fieldLabel(element);
    const text = `${fieldText(element, label)} ${element.getAttribute('title') ?? ''} ${element.getAttribute('placeholder') ?? ''}`;
    if (!looksLikeDate(element, text)) return inapplicable();
    const evidence = { ...fieldEvidence(element), mask: mask ?? null };
    const shown = label || (ctx.lang === 'fr' ? 'sans libellé' : 'no label');
    if (mask) return review('mask', { label: shown, mask }, evidence);
    if (pattern && !FORMAT_STATED.test(text)) return review('patternNoFormat', { label: shown }, evidence);
    return pass(evidence);
  },
});
