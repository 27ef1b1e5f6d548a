import type { Lang } from '../../engine/model';

/**
 * What no automated check can see. Every report lists it, and an audit that found nothing says so
 * plainly: "nothing found" must never read as "accessible".
 */
export const HUMAN_CHECKS: Readonly<Record<Lang, readonly string[]>> = {
  fr: [
    'Peut-on faire toute la démarche au clavier, sans souris ?',
    'Voit-on toujours où est le curseur du clavier ?',
    'L’ordre de lecture a-t-il du sens avec un lecteur d’écran ?',
    'L’aide proposée répond-elle vraiment aux questions ?',
    'Les messages d’erreur disent-ils quoi corriger ?',
    'Peut-on joindre une personne par téléphone, au guichet ou par courrier ?',
    'La démarche marche-t-elle sur un téléphone et avec un grand zoom ?',
    'Le temps laissé suffit-il pour aller chercher un papier ?',
  ],
  en: [
    'Can the whole procedure be done with a keyboard, without a mouse?',
    'Can you always see where the keyboard focus is?',
    'Does the reading order make sense with a screen reader?',
    'Does the help offered really answer the questions?',
    'Do error messages say what to fix?',
    'Can you reach a person by phone, at a counter or by post?',
    'Does the procedure work on a phone and with a large zoom?',
    'Is there enough time to go and fetch a paper?',
  ],
};
