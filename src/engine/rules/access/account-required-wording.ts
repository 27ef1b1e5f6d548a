import { defineRule, fail, pass, review, type PageFinding } from '../../model/rule';
import { FIELD_SELECTOR, isHidden } from '../../dom/field';
import { linkText, readableText } from '../../dom/page-text';
import { queryDeep } from '../../dom/query-deep';
import { findInText, searchableBlocks } from '../../dom/text-search';
import { ACCOUNT_ACTION, ACCOUNT_NEEDED, GUEST_ROUTE } from './account-wording';

/**
 * What the page says about accounts. A sentence stating that an account or a sign-in is needed
 * is the service's own word: a violation, quoted. When the main content's only calls to action
 * lead into an account ("Créer un compte", "Se connecter") and nothing else starts the procedure,
 * it looks like the only way in, but the page may not show every route: review.
 */
const START_ACTION = /^(?:commencer|d[ée]marrer|faire\s+(?:une|ma|la)\s+(?:demande|d[ée]marche)|acc[ée]der\s+au\s+(?:formulaire|service)|start(?:\s+now)?|begin|apply(?:\s+now)?|continuer|continue)\b/i;

export default defineRule({
  id: 'account-required-wording',
  scope: 'page',
  impact: 'critical',
  tags: ['cat.balise'],
  barriers: ['account-required'],
  text: {
    fr: {
      description: "La page n’impose pas de créer un compte ou de se connecter pour faire la démarche.",
      help: 'Un compte exclut les personnes sans e-mail, celles qui oublient leurs mots de passe et celles qui utilisent un ordinateur partagé.',
      messages: {
        statedNeed: 'La page dit qu’il faut un compte : « {wording} ».',
        statedNeedWithGuest: 'La page dit qu’il faut un compte (« {wording} ») mais propose aussi « {guest} » : vérifiez quelle voie fonctionne.',
        accountOnlyWay: 'Les seuls boutons pour entrer dans la démarche mènent à un compte (« {actions} ») : vérifiez s’il existe une autre voie.',
      },
    },
    en: {
      description: 'The page does not make people create an account or sign in to do the procedure.',
      help: 'An account shuts out people without e-mail, people who forget passwords and people on shared computers.',
      messages: {
        statedNeed: 'The page says an account is needed: "{wording}".',
        statedNeedWithGuest: 'The page says an account is needed ("{wording}") but also offers "{guest}": check which route works.',
        accountOnlyWay: 'The only buttons into the procedure lead to an account ("{actions}"): check whether another way exists.',
      },
    },
  },
  evaluatePage(doc, ctx) {
    const units = searchableBlocks(doc);
    const guest = GUEST_ROUTE.exec(units.map((u) => u.text).join(' '))?.[0];
    const stated = findInText(units, ACCOUNT_NEEDED, 3);
    if (stated.length > 0) {
      return stated.map(({ element, match }): PageFinding => {
        const evidence = { wording: match, guestRoute: guest ?? null };
        return { element, outcome: guest ? review('statedNeedWithGuest', { wording: match, guest }, evidence) : fail('statedNeed', { wording: match }, evidence) };
      });
    }
    // A password field is account-sign-in-form's finding: saying it twice adds noise, not evidence.
    if (queryDeep(doc, 'input[type=password]').some((f) => !isHidden(f))) return [];
    const main = doc.querySelector('main, [role=main]') ?? doc.body;
    const actions = [...main.querySelectorAll('a[href], button, [role=button], input[type=submit]')].filter((a) => !isHidden(a) && !a.closest('header, nav, footer, [role=navigation]'));
    const accountActions = actions.filter((a) => ACCOUNT_ACTION.test(linkText(a) || (a.getAttribute('value') ?? '')));
    if (accountActions.length === 0) return [];
    if (guest) return [{ element: accountActions[0], outcome: pass({ guestRoute: guest }) }];
    const startsElsewhere = actions.some((a) => START_ACTION.test(linkText(a) || (a.getAttribute('value') ?? '')));
    const asksQuestions = [...main.querySelectorAll(FIELD_SELECTOR)].some((f) => !isHidden(f) && f.getAttribute('type') !== 'search' && !f.closest('form')?.querySelector('input[type=password]'));
    if (startsElsewhere || asksQuestions || readableText(main).length === 0) return [];
    const names = [...new Set(accountActions.map((a) => linkText(a)))].join(ctx.lang === 'fr' ? ' », « ' : '", "');
    return [{ element: accountActions[0], outcome: review('accountOnlyWay', { actions: names }, { actions: names, count: accountActions.length }) }];
  },
});
