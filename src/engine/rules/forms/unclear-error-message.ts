import { defineRule, fail, inapplicable, pass } from '../../model/rule';
import { isHidden, readableText } from '../../dom';
import { ERROR_MESSAGE_SELECTOR, errorMessageText } from '../../dom/error-messages';
import { wordingReadable } from '../../dom/page-language';

/**
 * An error message that only says "Saisie invalide" or "Error" does not say what to fix (WCAG
 * 3.3.3, RGAA 11.11): that is certain from the text alone, so fail. A message that names the
 * problem passes. Only messages shown on the page are read: hidden templates wait for an error.
 */
const VAGUE = /^(?:(?:saisie|champ|valeur|donn[ée]es?|format|entr[ée]e|r[ée]ponse)\s+(?:invalide|incorrecte?|erron[ée]e?|non valide)s?|erreur(?:\s+de\s+saisie)?|invalide|(?:invalid|incorrect|wrong)(?:\s+(?:input|value|entry|field|format|data))?|error|this\s+field\s+is\s+invalid|(?:ce|le)\s+champ\s+(?:est\s+)?(?:invalide|incorrect|erron[ée])|(?:veuillez|merci\s+de)\s+(?:saisir|entrer|renseigner)\s+une\s+(?:valeur|donn[ée]e|r[ée]ponse)\s+(?:valide|correcte)|(?:please\s+)?enter\s+a\s+(?:valid|correct)\s+(?:value|input|entry))\s*[.!]?$/i;

export default defineRule({
  id: 'unclear-error-message',
  scope: 'element',
  selector: `${ERROR_MESSAGE_SELECTOR}, [role=alert]`,
  impact: 'serious',
  tags: ['cat.balise', 'wcag2aa', 'wcag333', 'RGAAv4'],
  barriers: ['unclear-errors'],
  text: {
    fr: {
      description: 'Un message d’erreur dit ce qui ne va pas et comment le corriger.',
      help: 'Écrivez ce qu’il faut corriger : « Saisissez une date de naissance au format 12/03/1960 ».',
      messages: {
        vague: 'Le message « {message} » ne dit pas ce qu’il faut corriger.',
      },
    },
    en: {
      description: 'An error message says what is wrong and how to fix it.',
      help: 'Say what to fix: "Enter a date of birth, for example 12 03 1960".',
      messages: {
        vague: 'The message "{message}" does not say what to fix.',
      },
    },
  },
  evaluate(element) {
    if (!wordingReadable(element.ownerDocument) || isHidden(element)) return inapplicable();
    const message = errorMessageText(readableText(element));
    // Long alert regions (an error summary, a banner) are judged by their own rules.
    if (!message || message.length > 200) return inapplicable();
    const evidence = { message: message.slice(0, 120) };
    return VAGUE.test(message) ? fail('vague', { message }, evidence) : pass(evidence);
  },
});
