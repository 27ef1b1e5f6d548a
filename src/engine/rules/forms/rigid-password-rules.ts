import { defineRule, inapplicable, review } from '../../model/rule';
import { fieldEvidence, isHidden, readableText } from '../../dom';
import { wordingReadable } from '../../dom/page-language';

/**
 * Composition rules (a capital, a digit, a special character, 12 characters...) make passwords
 * hard to create and to remember, and are the first reason people lose access to their account
 * (NIST SP 800-63B advises against them). The rules are certain but how much they block is not:
 * needs review, with the rules found. A login field with no rules stated is not reported.
 */
const RULES: ReadonlyArray<[RegExp, { fr: string; en: string }]> = [
  [/(\d+)\s*caract[èe]res?\s*(?:minimum|au moins)|au moins\s*(\d+)\s*caract[èe]res|at least\s*(\d+)\s*characters|(\d+)\s*characters?\s*(?:minimum|or more|long)/i, { fr: 'longueur minimale', en: 'minimum length' }],
  [/majuscule|capital|upper[-\s]?case/i, { fr: 'une majuscule', en: 'a capital letter' }],
  [/minuscule|lower[-\s]?case/i, { fr: 'une minuscule', en: 'a lower-case letter' }],
  [/chiffre|\bdigit|\bnumber\b|num[ée]rique/i, { fr: 'un chiffre', en: 'a digit' }],
  [/caract[èe]re\s+sp[ée]cial|special\s+character|symbol/i, { fr: 'un caractère spécial', en: 'a special character' }],
];

export default defineRule({
  id: 'rigid-password-rules',
  scope: 'element',
  selector: 'input[type=password]',
  impact: 'moderate',
  tags: ['cat.balise'],
  barriers: ['rigid-input'],
  text: {
    fr: {
      description: 'Le mot de passe à créer n’impose pas de règles de composition.',
      help: 'Demandez un mot de passe long, sans règles de composition, et acceptez les gestionnaires de mots de passe.',
      messages: {
        rules: 'Le mot de passe doit respecter des règles ({rules}) : difficile à créer et à retenir.',
      },
    },
    en: {
      description: 'The password to create does not impose composition rules.',
      help: 'Ask for a long password without composition rules, and accept password managers.',
      messages: {
        rules: 'The password must follow rules ({rules}): hard to create and to remember.',
      },
    },
  },
  evaluate(element, ctx) {
    if (isHidden(element)) return inapplicable();
    const group = element.closest('.fr-password, .fr-input-group, .govuk-form-group, .govuk-password-input, fieldset') ?? element.parentElement;
    const text = wordingReadable(element.ownerDocument) ? `${readableText(group)} ${element.getAttribute('title') ?? ''}` : '';
    const found = RULES.filter(([pattern]) => pattern.test(text)).map(([, name]) => name[ctx.lang]);
    if (element.hasAttribute('pattern')) found.push(ctx.lang === 'fr' ? 'un format imposé (pattern)' : 'an enforced format (pattern)');
    // A minimum length alone ("8 characters minimum") is not a composition rule.
    const composition = found.filter((rule) => !/longueur|length/.test(rule));
    if (composition.length === 0) return inapplicable();
    const rules = found.join(', ');
    return review('rules', { rules }, { ...fieldEvidence(element), rules });
  },
});
