/**
 * Account wording shared by the account rules, French and English. "Compte" has other senses
 * ("tenir compte", "compte bancaire", "compte rendu"), so only phrases about a user account match.
 */
const NOT_USER_ACCOUNT = String.raw`(?![\s-]+(?:bancaire|rendu|courant|d['’]?[ée]pargne|[ée]pargne|joint|postal|titres?|[àa]\s+rebours|tenu|number|details|holder|numbers?))`;
const COMPTE = String.raw`(?:un|votre|mon|d['’]un|son)\s+compte${NOT_USER_ACCOUNT}`;
const ACCOUNT = String.raw`(?:an|your|a\s+user|an\s+online)\s+account${NOT_USER_ACCOUNT}`;

/** The page says, in words, that an account or a sign-in is needed. */
export const ACCOUNT_NEEDED = new RegExp(
  [
    String.raw`\bvous\s+devez\s+(?:d['’]abord\s+|au\s+pr[ée]alable\s+|obligatoirement\s+)?(?:vous\s+connecter|vous\s+identifier|vous\s+inscrire|cr[ée]er\s+${COMPTE}|disposer\s+d['’]un\s+compte${NOT_USER_ACCOUNT}|avoir\s+${COMPTE}|poss[ée]der\s+${COMPTE})`,
    String.raw`\b(?:il\s+(?:vous\s+)?faut|n[ée]cessite|il\s+est\s+n[ée]cessaire\s+d['’]avoir|requiert)\s+(?:d['’]abord\s+)?(?:${COMPTE}|cr[ée]er\s+${COMPTE}|vous\s+connecter|vous\s+identifier)`,
    String.raw`\b(?:un\s+compte|la\s+connexion|l['’]inscription|l['’]identification)${NOT_USER_ACCOUNT}\s+(?:est\s+)?(?:obligatoire|requise?|n[ée]cessaire|indispensable)`,
    String.raw`\byou(?:['’]ll|\s+will)?\s+(?:first\s+)?(?:need|have)\s+to\s+(?:sign\s+in|log\s+in|register|create\s+${ACCOUNT})`,
    String.raw`\byou(?:['’]ll|\s+will)?\s+(?:first\s+)?need\s+${ACCOUNT}`,
    String.raw`\byou\s+must\s+(?:first\s+)?(?:sign\s+in|log\s+in|register|create\s+${ACCOUNT}|have\s+${ACCOUNT})`,
    String.raw`\b(?:an\s+account|signing\s+in|registration|sign-in)\s+is\s+(?:required|needed|mandatory)`,
  ].join('|'),
  'i',
);

/** A way to go on without an account: when the page offers it, an account is not required. */
export const GUEST_ROUTE =
  /\b(?:continuer|poursuivre|faire\s+(?:la|votre|ma)\s+d[ée]marche|commencer)\s+sans\s+(?:cr[ée]er\s+de\s+)?(?:compte|vous\s+(?:connecter|identifier|inscrire))|\bsans\s+(?:cr[ée]er\s+de\s+)?compte\b|\ben\s+tant\s+qu['’]invit[ée]|\b(?:as\s+a\s+guest|guest\s+checkout|continue\s+without\s+(?:an\s+account|signing\s+in|logging\s+in)|without\s+(?:an\s+account|signing\s+in|creating\s+an\s+account))\b/i;

/** Calls to action that lead into an account: "Créer un compte", "Se connecter", "Sign in". */
export const ACCOUNT_ACTION =
  /^(?:cr[ée]er\s+(?:un|mon|votre)\s+compte|s['’]inscrire|je\s+m['’]inscris|inscription|se\s+connecter|me\s+connecter|connexion|s['’]identifier|acc[ée]der\s+[àa]\s+(?:mon|votre)\s+(?:compte|espace)|sign\s+in|log\s+in|create\s+(?:an|your)\s+account|register)$/i;
