import { defineRule, review, pass, type PageFinding } from '../../model/rule';
import { isHidden, queryDeep, readableText } from '../../dom';
import { ERROR_MESSAGE_SELECTOR, errorMessageText } from '../../dom/error-messages';
import { excerpt } from '../language/language-blocks';

/**
 * An error message that no field or group points to (aria-describedby, aria-errormessage, aria-labelledby) is not read
 * out when a screen-reader user reaches the field, and nothing tells a sighted person which field
 * it means when it sits apart. Whether a person can still tell depends on the layout: needs
 * review. The ids all fields point to are gathered once, so a long form stays linear.
 */
const MAX_HOPS = 3;

export default defineRule({
  id: 'error-not-associated',
  scope: 'page',
  impact: 'moderate',
  tags: ['cat.balise', 'wcag2a', 'wcag131', 'wcag331'],
  barriers: ['unclear-errors'],
  text: {
    fr: {
      description: 'Chaque message d’erreur est relié à son champ.',
      help: 'Reliez le message au champ avec aria-describedby (ou aria-errormessage) et placez-le juste au-dessus du champ.',
      messages: {
        notTied: 'Le message d’erreur « {message} » n’est relié à aucun champ : un lecteur d’écran ne le lit pas sur le champ.',
      },
    },
    en: {
      description: 'Each error message is tied to its field.',
      help: 'Tie the message to its field with aria-describedby (or aria-errormessage) and place it just above the field.',
      messages: {
        notTied: 'The error message "{message}" is tied to no field: a screen reader does not read it on the field.',
      },
    },
  },
  evaluatePage(doc) {
    const referenced = new Set<string>();
    // DSFR groups name their messages in the fieldset's aria-labelledby: that ties them too.
    for (const field of queryDeep(doc, '[aria-describedby], [aria-errormessage], [aria-labelledby]')) {
      for (const attr of ['aria-describedby', 'aria-errormessage', 'aria-labelledby']) {
        for (const id of (field.getAttribute(attr) ?? '').split(/\s+/)) if (id) referenced.add(id);
      }
    }
    const findings: PageFinding[] = [];
    for (const message of queryDeep(doc, ERROR_MESSAGE_SELECTOR)) {
      const text = errorMessageText(readableText(message));
      if (!text || isHidden(message)) continue;
      const evidence = { message: excerpt(text, 120) };
      findings.push({ element: message, outcome: isTied(message, referenced) ? pass(evidence) : review('notTied', evidence, evidence) });
    }
    return findings;
  },
});

/** The message itself or a close wrapper (DSFR's .fr-messages-group) is what fields point to. */
function isTied(message: Element, referenced: Set<string>): boolean {
  let current: Element | null = message;
  for (let hop = 0; current && hop <= MAX_HOPS; hop++, current = current.parentElement) {
    if (current.id && referenced.has(current.id)) return true;
  }
  return false;
}
