import { defineRule, inapplicable, pass, review } from '../../model/rule';
import { fieldEvidence, fieldLabel, isHidden } from '../../dom';
import { fieldText } from '../../dom/field-text';
import { looksLikeDate } from '../../dom/date-field';

/**
 * A `pattern` rejects any other way of writing the answer, and the browser's message only says
 * "match the requested format". Without a hint that shows the format, a person cannot guess it:
 * needs review (the pattern may be loose enough not to matter). A hint with a format word or an
 * example passes. Date fields are judged by rigid-date-mask, not here.
 */
const FORMAT_HINT = /format|exemple|ex\s*[.:]|e\.g\.|for example|such as|comme|chiffres|digits|caract[èe]res|characters|lettres|letters|\b[JjDd]{2}\s*\/\s*[Mm]{2}|\d{2,}/i;

const TEXT_TYPES = /^(?:text|search|tel|url|email|password|)$/i;
const PERMISSIVE = /^(?:\[0-9\]\*|\\d\*|\[0-9\]\+|\\d\+|\.\*)?$/;

export default defineRule({
  id: 'rigid-pattern',
  scope: 'element',
  selector: 'input[pattern]',
  impact: 'moderate',
  tags: ['cat.balise', 'wcag2a', 'wcag332'],
  barriers: ['rigid-input'],
  text: {
    fr: {
      description: 'Un champ qui impose un format explique ce format.',
      help: 'Indiquez le format attendu avec un exemple, et acceptez les espaces et tirets que les gens tapent.',
      messages: {
        noHint: 'Le champ « {label} » impose un format (pattern) sans l’expliquer : la personne ne peut pas deviner ce qui est attendu.',
      },
    },
    en: {
      description: 'A field that enforces a format explains that format.',
      help: 'State the expected format with an example, and accept the spaces and dashes people type.',
      messages: {
        noHint: 'The field "{label}" enforces a format (pattern) without explaining it: a person cannot guess what is expected.',
      },
    },
  },
  evaluate(element, ctx) {
    const pattern = (element.getAttribute('pattern') ?? '').trim();
    // Browsers apply `pattern` to text-like types only; "[0-9]*" is the idiom that opens a numeric keypad.
    if (!TEXT_TYPES.test(element.getAttribute('type') ?? '') || PERMISSIVE.test(pattern) || isHidden(element)) return inapplicable();
    const label = fieldLabel(element);
    const text = `${fieldText(element, label)} ${element.getAttribute('title') ?? ''}`;
    if (looksLikeDate(element, text)) return inapplicable();
    const evidence = fieldEvidence(element);
    if (FORMAT_HINT.test(text)) return pass(evidence);
    return review('noHint', { label: label || (ctx.lang === 'fr' ? 'sans libellé' : 'no label') }, evidence);
  },
});
