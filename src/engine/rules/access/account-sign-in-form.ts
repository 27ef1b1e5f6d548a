import { defineRule, fail, pass, review, type PageFinding } from '../../model/rule';
import { FIELD_SELECTOR, fieldEvidence, isHidden } from '../../dom/field';
import { queryDeep } from '../../dom/query-deep';
import { readableText } from '../../dom/page-text';
import { GUEST_ROUTE } from './account-wording';
import { autocompleteTokens, labelOf } from './field-kind';

/**
 * A password field is the surest sign that an account stands between a person and the procedure.
 * A sign-in form that is the page's only form, with no "continue without an account" route, is a
 * violation; a sign-in box beside the procedure's own questions, or a form that creates an
 * account, needs review: the procedure may be reachable another way.
 */
const NEW_PASSWORD_LABEL = /\b(?:confirm\w*|choisi\w*|cr[ée]\w*|nouveau|new|choose|create)\b/i;
/** Changing or resetting a password: the person already has an account, this page is not the way in. */
const MANAGES_ACCOUNT = /\b(?:change|update|reset)\s+(?:your\s+)?password|\b(?:modifier|changer|r[ée]initialiser)\s+(?:de\s+|votre\s+|le\s+)?mot\s+de\s+passe|\b(?:nouveau|new)\s+(?:mot\s+de\s+passe|password)/i;
const REMEMBER = /\b(?:se\s+souvenir|rester\s+connect|m[ée]moriser|remember|keep\s+me\s+signed|afficher|show)\b/i;
const IDENTIFIER = /\b(?:identifiant|login|username|user\s+id|e-?mail|courriel|adresse\s+[ée]lectronique|num[ée]ro\s+fiscal|num[ée]ro\s+d['’]allocataire)\b/i;

export default defineRule({
  id: 'account-sign-in-form',
  scope: 'page',
  impact: 'critical',
  tags: ['cat.balise'],
  barriers: ['account-required'],
  text: {
    fr: {
      description: 'On peut commencer la démarche sans créer de compte ni se connecter.',
      help: "Un compte demande une adresse e-mail et un mot de passe à retenir : proposez de faire la démarche sans compte, ou un autre canal.",
      messages: {
        signInOnly: "Le seul formulaire de la page est une connexion avec mot de passe, et la page ne propose pas de continuer sans compte.",
        signInBeside: "La page demande un mot de passe à côté d’autres questions : vérifiez si la démarche peut se faire sans se connecter.",
        createsAccount: "Ce formulaire crée un compte (choix d’un mot de passe) : vérifiez si la démarche peut se faire sans compte.",
      },
    },
    en: {
      description: 'The procedure can be started without creating an account or signing in.',
      help: 'An account needs an e-mail address and a password to remember: let people do the procedure without one, or offer another channel.',
      messages: {
        signInOnly: "The page's only form is a sign-in with a password, and the page offers no way to continue without an account.",
        signInBeside: 'The page asks for a password beside other questions: check whether the procedure can be done without signing in.',
        createsAccount: 'This form creates an account (choosing a password): check whether the procedure can be done without one.',
      },
    },
  },
  evaluatePage(doc) {
    const passwords = queryDeep(doc, 'input[type=password]').filter((f) => !isHidden(f));
    if (passwords.length === 0) return [];
    const guest = GUEST_ROUTE.exec(readableText(doc.body))?.[0] ?? null;
    const forms = new Map<Element, Element[]>();
    for (const field of passwords) {
      const form = field.closest('form') ?? doc.body;
      forms.set(form, [...(forms.get(form) ?? []), field]);
    }
    const findings: PageFinding[] = [];
    for (const [form, fields] of forms) {
      const first = fields[0]!;
      if (form !== doc.body && MANAGES_ACCOUNT.test(readableText(form))) continue;
      const creates = fields.some((f) => autocompleteTokens(f).includes('new-password') || NEW_PASSWORD_LABEL.test(labelOf(f)));
      const questionsInForm = form === doc.body ? 0 : questionsIn(form.querySelectorAll(FIELD_SELECTOR)).length;
      const questionsElsewhere = questionsIn(queryDeep(doc, FIELD_SELECTOR).filter((f) => form === doc.body || !form.contains(f))).length;
      const evidence = { ...fieldEvidence(first), passwordFields: fields.length, createsAccount: creates, questionsInForm, guestRoute: guest, questionsOutsideForm: questionsElsewhere };
      if (guest) findings.push({ element: first, outcome: pass(evidence) });
      else if (creates || questionsInForm > 0) findings.push({ element: first, outcome: review('createsAccount', {}, evidence) });
      else if (questionsElsewhere > 0) findings.push({ element: first, outcome: review('signInBeside', {}, evidence) });
      else findings.push({ element: first, outcome: fail('signInOnly', {}, evidence) });
    }
    return findings;
  },
});

/** Visible fields that ask something other than sign-in credentials, "remember me" or a site search. */
function questionsIn(fields: Iterable<Element>): Element[] {
  return [...fields].filter((field) => {
    if (isHidden(field)) return false;
    if (field.closest('[role=search], header, nav, footer') || field.getAttribute('type') === 'search') return false;
    if (/^(?:password|submit|button|hidden)$/i.test(field.getAttribute('type') ?? '')) return false;
    const label = labelOf(field);
    return !REMEMBER.test(label) && !IDENTIFIER.test(label);
  });
}
