import { defineRule, fail, review } from '../../model/rule';
import { fieldEvidence } from '../../dom';

/**
 * Blocking paste forces people to retype what they copy from a letter, a password manager or a
 * helper's message. `onpaste="return false"` or preventDefault() in the attribute is certain:
 * fail. Any other inline paste handler may only reformat the text: needs review. Handlers added
 * from scripts (addEventListener) cannot be seen without running them and are not reported.
 */
const BLOCKS = /return\s+false|preventDefault\s*\(/;

export default defineRule({
  id: 'rigid-paste-blocked',
  scope: 'element',
  selector: '[onpaste]',
  impact: 'serious',
  tags: ['cat.balise'],
  barriers: ['rigid-input'],
  text: {
    fr: {
      description: 'On peut coller du texte dans les champs.',
      help: 'Laissez coller : les gens copient leurs numéros depuis un courrier, un message ou un gestionnaire de mots de passe.',
      messages: {
        blocked: 'Le collage est bloqué ({handler}) : il faut retaper ce que l’on a copié.',
        handler: 'Un script s’exécute au collage ({handler}) : vérifiez qu’il ne bloque pas le texte collé.',
      },
    },
    en: {
      description: 'Text can be pasted into the fields.',
      help: 'Let people paste: they copy their numbers from a letter, a message or a password manager.',
      messages: {
        blocked: 'Pasting is blocked ({handler}): what was copied must be typed again.',
        handler: 'A script runs on paste ({handler}): check that it does not block the pasted text.',
      },
    },
  },
  evaluate(element) {
    const handler = (element.getAttribute('onpaste') ?? '').trim().slice(0, 60);
    const evidence = { ...fieldEvidence(element), onpaste: handler };
    return BLOCKS.test(handler) ? fail('blocked', { handler }, evidence) : review('handler', { handler }, evidence);
  },
});
