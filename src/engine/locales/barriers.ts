import type { BarrierId } from '../model/barriers';
import type { Lang } from '../model/lang';

export interface BarrierText {
  /** A short name for the barrier. */
  name: string;
  /** Who it shuts out and why, in one plain sentence about the service, never about the person. */
  whoIsBlocked: string;
}

export const BARRIER_TEXT: Readonly<Record<Lang, Readonly<Record<BarrierId, BarrierText>>>> = {
  fr: {
    'account-required': { name: 'Compte obligatoire', whoIsBlocked: "Il faut créer un compte ou se connecter avant de commencer : cela bloque les personnes sans adresse e-mail ou qui oublient leurs mots de passe." },
    'digital-identity-required': { name: 'Identité numérique obligatoire', whoIsBlocked: "Seule une identité numérique ouvre la démarche : cela bloque les personnes sans smartphone ni lecteur de carte." },
    'email-required': { name: 'Adresse e-mail obligatoire', whoIsBlocked: "Le formulaire exige une adresse e-mail : une personne sans adresse e-mail ne peut pas finir la démarche." },
    'mobile-phone-required': { name: 'Téléphone mobile obligatoire', whoIsBlocked: 'Le formulaire exige un numéro de mobile ou un code reçu par SMS : cela bloque les personnes sans mobile.' },
    captcha: { name: 'Test anti-robot (captcha)', whoIsBlocked: 'Un test anti-robot bloque souvent les personnes aveugles, les personnes âgées et celles qui lisent mal.' },
    'document-upload': { name: 'Documents à envoyer en ligne', whoIsBlocked: 'Il faut numériser et envoyer des documents : cela bloque les personnes sans scanner ni appareil photo.' },
    'no-alternative-channel': { name: "Pas d’autre moyen que le site", whoIsBlocked: "Aucun téléphone, guichet ou courrier n’est proposé : les personnes sans internet n’ont pas d’autre moyen." },
    'online-only-appointment': { name: 'Rendez-vous seulement en ligne', whoIsBlocked: "Les rendez-vous se prennent seulement en ligne : les personnes qui ont le plus besoin d’un guichet n’y ont pas accès." },
    'time-limit': { name: 'Temps limité', whoIsBlocked: "La session expire ou un compte à rebours tourne : cela bloque les personnes qui lisent lentement ou doivent chercher un papier." },
    inaccessible: { name: 'Défaut d’accessibilité (WCAG, RGAA)', whoIsBlocked: "La page ne respecte pas une règle d’accessibilité : cela gêne ou bloque les personnes handicapées." },
    'not-mobile-friendly': { name: 'Difficile sur téléphone', whoIsBlocked: 'La page est difficile à utiliser sur un téléphone : cela bloque les personnes qui n’ont qu’un smartphone.' },
    'complex-language': { name: 'Texte difficile à lire', whoIsBlocked: 'Le texte est difficile à lire : cela bloque les personnes qui lisent mal ou parlent peu le français.' },
    'unclear-errors': { name: 'Messages d’erreur peu clairs', whoIsBlocked: "Les messages d’erreur ne disent pas quoi corriger : chacun peut rester bloqué." },
    'rigid-input': { name: 'Saisie trop stricte', whoIsBlocked: "Le format à saisir est trop strict : cela bloque les personnes qui recopient un papier ou ne connaissent pas la réponse." },
    'already-known-data': { name: "Informations que l’administration a déjà", whoIsBlocked: "On demande des informations que l’administration a déjà : cela ajoute du travail et des documents à fournir." },
    'redundant-entry': { name: 'Même information demandée deux fois', whoIsBlocked: 'La même information est demandée deux fois : cela fatigue et fait faire des erreurs.' },
    'step-navigation': { name: 'Étapes difficiles à suivre', whoIsBlocked: "On ne sait pas où on en est, on ne peut pas revenir ou enregistrer : une personne interrompue doit tout recommencer." },
    'missing-prior-information': { name: 'Pas d’information avant de commencer', whoIsBlocked: 'La page ne dit pas à l’avance ce qu’il faut préparer : il faut revenir avec d’autres papiers.' },
    'no-acknowledgement': { name: 'Pas de preuve de dépôt', whoIsBlocked: "La fin de la démarche ne donne ni numéro ni accusé de réception : on n’a pas de preuve." },
    // DOMAIN §2's one barrier for both cases: no statement, or one declaring the service not (fully) conformant.
    'no-accessibility-statement': { name: 'Déclaration d’accessibilité absente ou non conforme', whoIsBlocked: "Sans déclaration, ou quand elle dit que des contenus ne sont pas accessibles, les personnes handicapées ne savent pas ce qu’elles pourront faire ni qui contacter." },
  },
  en: {
    'account-required': { name: 'Account required', whoIsBlocked: 'You must create an account or sign in before you start: this blocks people without an e-mail address or who forget passwords.' },
    'digital-identity-required': { name: 'Digital identity required', whoIsBlocked: 'Only a digital identity opens the procedure: this blocks people without a smartphone or card reader.' },
    'email-required': { name: 'E-mail address required', whoIsBlocked: 'The form requires an e-mail address: a person without one cannot finish the procedure.' },
    'mobile-phone-required': { name: 'Mobile phone required', whoIsBlocked: 'The form requires a mobile number or a code sent by text message: this blocks people without a mobile phone.' },
    captcha: { name: 'Captcha', whoIsBlocked: 'A test to prove you are human often blocks blind people, older people and people who read with difficulty.' },
    'document-upload': { name: 'Documents to upload', whoIsBlocked: 'Documents must be scanned and uploaded: this blocks people without a scanner or camera.' },
    'no-alternative-channel': { name: 'No other way than the website', whoIsBlocked: 'No phone, counter or postal route is offered: people without internet have no other way.' },
    'online-only-appointment': { name: 'Online-only appointments', whoIsBlocked: 'Appointments can only be booked online: the people who most need a counter cannot get one.' },
    'time-limit': { name: 'Time limit', whoIsBlocked: 'The session expires or a countdown runs: this blocks slow readers and people who must fetch a document.' },
    inaccessible: { name: 'Accessibility failure (WCAG, RGAA)', whoIsBlocked: 'The page breaks an accessibility rule: this hinders or blocks disabled people.' },
    'not-mobile-friendly': { name: 'Hard to use on a phone', whoIsBlocked: 'The page is hard to use on a phone: this blocks people who only have a smartphone.' },
    'complex-language': { name: 'Text hard to read', whoIsBlocked: 'The text is hard to read: this blocks people who read with difficulty or are learning the language.' },
    'unclear-errors': { name: 'Unclear error messages', whoIsBlocked: 'Error messages do not say what to fix: anyone can get stuck.' },
    'rigid-input': { name: 'Strict input formats', whoIsBlocked: 'The input format is too strict: this blocks people who copy from papers or do not know the answer.' },
    'already-known-data': { name: 'Information the administration already holds', whoIsBlocked: 'The form asks for information the administration already holds: this adds work and documents.' },
    'redundant-entry': { name: 'Same information asked twice', whoIsBlocked: 'The same information is asked twice: this tires people and causes mistakes.' },
    'step-navigation': { name: 'Steps hard to follow', whoIsBlocked: 'You cannot tell where you are, go back or save: a person who is interrupted must start again.' },
    'missing-prior-information': { name: 'No information before starting', whoIsBlocked: 'The page does not say in advance what to prepare: people must come back with other papers.' },
    'no-acknowledgement': { name: 'No proof of submission', whoIsBlocked: 'The end of the procedure gives no reference number or receipt: there is no proof it was done.' },
    'no-accessibility-statement': { name: 'Accessibility statement missing or not compliant', whoIsBlocked: 'Without a statement, or when it says some content is not accessible, disabled people do not know what they will be able to do or whom to contact.' },
  },
};
