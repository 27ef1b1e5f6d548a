import type { BarrierId, Lang } from '../../engine/model';

/**
 * The first thing a social worker reads: what the service does to whom, in one short sentence per
 * barrier. Sentences describe the service, never the person's failing (DOMAIN.md §5), in the
 * active voice: our own plain-language rules read them (summary-sentences.test.ts).
 */
export const SUMMARY_SENTENCES: Readonly<Record<Lang, Readonly<Record<BarrierId, string>>>> = {
  fr: {
    'account-required': 'Une personne sans compte en ligne ne peut pas commencer cette démarche.',
    'digital-identity-required': 'Une personne sans identité numérique ne peut pas commencer cette démarche.',
    'email-required': 'Une personne sans adresse e-mail ne peut pas terminer cette démarche.',
    'mobile-phone-required': 'Une personne sans téléphone mobile ne peut pas terminer cette démarche.',
    captcha: 'Un test anti-robot peut arrêter une personne aveugle ou qui lit mal.',
    'document-upload': 'Une personne sans scanner ni appareil photo ne peut pas envoyer ses papiers.',
    'no-alternative-channel': 'Une personne sans internet n’a pas d’autre moyen de faire cette démarche.',
    'online-only-appointment': 'Une personne sans internet ne peut pas prendre rendez-vous.',
    'time-limit': 'Une personne qui lit lentement peut perdre ce qu’elle a déjà rempli.',
    inaccessible: 'Cette page peut gêner ou bloquer une personne handicapée.',
    'not-mobile-friendly': 'Une personne qui n’a qu’un téléphone a du mal à utiliser cette page.',
    'complex-language': 'Une personne qui lit mal le français peut ne pas comprendre le texte.',
    'unclear-errors': 'Une personne qui fait une erreur ne sait pas quoi corriger.',
    'rigid-input': 'Le formulaire peut refuser une réponse recopiée d’un papier pour un détail de format.',
    'already-known-data': 'On demande des informations que l’administration a déjà.',
    'redundant-entry': 'Le formulaire demande 2 fois la même information.',
    'step-navigation': 'Une personne interrompue doit tout recommencer.',
    'missing-prior-information': 'Une personne ne sait pas à l’avance quels papiers préparer.',
    'no-acknowledgement': 'Une personne n’a pas de preuve que sa demande est partie.',
    'no-accessibility-statement': 'Une personne handicapée ne sait pas ce qui est accessible ni qui contacter en cas de problème.',
  },
  en: {
    'account-required': 'A person without an online account cannot start this procedure.',
    'digital-identity-required': 'A person without a digital identity cannot start this procedure.',
    'email-required': 'A person without an e-mail address cannot finish this procedure.',
    'mobile-phone-required': 'A person without a mobile phone cannot finish this procedure.',
    captcha: 'A test to prove you are human can stop a blind person or a person who reads with difficulty.',
    'document-upload': 'A person without a scanner or camera cannot send their papers.',
    'no-alternative-channel': 'A person without internet has no other way to do this procedure.',
    'online-only-appointment': 'A person without internet cannot book an appointment.',
    'time-limit': 'A person who reads slowly can lose what they already filled in.',
    inaccessible: 'This page can hinder or block a disabled person.',
    'not-mobile-friendly': 'A person who only has a phone finds this page hard to use.',
    'complex-language': 'A person who reads with difficulty may not understand the text.',
    'unclear-errors': 'A person who makes a mistake does not learn what to fix.',
    'rigid-input': 'The form can refuse an answer copied from a paper over a format detail.',
    'already-known-data': 'The form asks for information the administration already holds.',
    'redundant-entry': 'The form asks for the same information twice.',
    'step-navigation': 'A person who is interrupted must start again.',
    'missing-prior-information': 'A person does not know in advance which papers to prepare.',
    'no-acknowledgement': 'A person gets no proof that the request went through.',
    'no-accessibility-statement': 'A disabled person does not know what is accessible or whom to contact about a problem.',
  },
};
