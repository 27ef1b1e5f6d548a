import type { Lang } from '../../model/lang';

/* Word classes the readability features count, written by hand for Balise. */

export const SUBORDINATORS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set([
    'qui', 'que', 'qu', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'auquel', 'auxquels',
    'auxquelles', 'duquel', 'desquels', 'desquelles', 'lorsque', 'lorsqu', 'puisque', 'puisqu', 'quoique',
    'quoiqu', 'tandis', 'afin', 'bien', 'sinon', 'quand', 'comme', 'si', 'où', 'car', 'pourtant', 'cependant',
  ]),
  en: new Set([
    'which', 'who', 'whom', 'whose', 'that', 'whereas', 'although', 'though', 'because', 'since', 'unless',
    'while', 'whilst', 'whether', 'if', 'when', 'where', 'however', 'therefore', 'moreover', 'nevertheless',
  ]),
};

// Direct address and first person: the register of stories for children and of plain-language letters.
export const PRONOUNS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['je', 'j', 'tu', 'nous', 'vous', 'me', 'm', 'te', 't', 'moi', 'toi', 'on']),
  en: new Set(['i', 'you', 'we', 'me', 'us', 'my', 'your', 'our']),
};

// Third-person subject and object pronouns (French only: the English model does not weigh them).
export const THIRD_PERSON: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['il', 'elle', 'ils', 'elles', 'lui', 'leur', 'eux', 'se', 's']),
  en: new Set(),
};
export const ELIDED_SE = /^s['’ʼ]/u;

// Stacked prepositional phrases ("la notification de la présente décision du service") make the
// nominal style of administrative and encyclopaedic prose.
export const PREPOSITIONS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['de', 'du', 'des', 'à', 'au', 'aux', 'par', 'pour', 'en', 'sur', 'avec', 'dans', 'sous', 'selon', 'entre', 'lors', 'auprès', 'vers']),
  en: new Set(['of', 'in', 'to', 'for', 'by', 'on', 'with', 'from', 'at', 'under', 'within', 'upon', 'between', 'into']),
};

/*
 * The word endings from here on ask for exactly n letters before the ending ("\p{L}{3}", not "\p{L}{3,}"):
 * they are only tested, and the same words pass (any further letters lie before the match), but
 * the regular expression engine no longer tries every run length from every position of a word.
 */

// Abstract nouns made from verbs and adjectives ("instruction", "recevabilité", "classement").
export const NOMINALISATION: Record<Lang, RegExp> = {
  fr: /\p{L}{3}(?:tions?|sions?|ments?|ités?|ances?|ences?|ismes?|ages?|ures?)$/u,
  en: /\p{L}{3}(?:tions?|sions?|ments?|ity|ities|ances?|ences?|isms?|ness)$/u,
};

export const ACRONYM = /^\p{Lu}{2,}$/u;

// Present participles ("remportant", "succédant") pack a second clause into a sentence.
export const PARTICIPLE: Record<Lang, RegExp> = { fr: /\p{L}{3}ants?$/u, en: /\p{L}{3}ing$/u };
export const NOT_PARTICIPLE: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['avant', 'pendant', 'enfant', 'enfants', 'devant', 'maintenant', 'cependant', 'important', 'importants', 'suivant', 'suivants', 'habitant', 'habitants', 'gant', 'gants', 'géant', 'géants', 'restaurant', 'restaurants', 'étudiant', 'étudiants', 'pourtant', 'autant', 'tant', 'quant', 'dorénavant', 'néanmoins', 'auparavant', 'durant', 'instant', 'instants', 'puissant', 'puissants', 'élégant', 'vivant', 'vivants', 'amant', 'diamant', 'constant', 'distant', 'méchant', 'méchants', 'marchand', 'marchands', 'brillant', 'charmant', 'plaisant', 'savant', 'savants', 'éléphant', 'éléphants']),
  en: new Set(['thing', 'things', 'nothing', 'something', 'anything', 'everything', 'king', 'ring', 'spring', 'morning', 'evening', 'during', 'bring', 'sing', 'wing', 'string', 'ceiling', 'building']),
};
// Passive voice: a form of "être"/"be" followed by a past participle.
export const BE: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['est', 'sont', 'été', 'être', 'était', 'étaient', 'sera', 'seront', 'serait', 'seraient', 'fut', 'furent', 'soit', 'soient']),
  en: new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']),
};
export const PAST_PARTICIPLE: Record<Lang, RegExp> = { fr: /\p{L}{2}(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites|u|ue|us|ues)$/u, en: /\p{L}{2}(?:ed|en)$/u };
