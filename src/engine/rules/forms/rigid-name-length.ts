import { defineRule, inapplicable, pass, review } from '../../model/rule';
import { fieldEvidence, fieldLabel, isHidden } from '../../dom';
import { wordingReadable } from '../../dom/page-language';

/**
 * A maxlength on a person's name cuts compound and foreign names ("Maria del Carmen
 * Fernández-López de la Vega"). Under 40 characters it needs review: some people's names are
 * longer, but whether this service's limit bites depends on who uses it. Usernames, street, town
 * and company names are other questions and are left out.
 */
const NAME_TOKENS = /^(?:name|given-name|family-name|additional-name|nickname)$/;
const NAME_LABEL = /\b(?:nom|pr[ée]noms?|nom\s+de\s+naissance|nom\s+d['’]usage|name|surname|first\s+name|last\s+name|given\s+names?|family\s+name)\b/i;
const NOT_A_PERSON = /utilisateur|user\s*name|identifiant|soci[ée]t[ée]|entreprise|[ée]tablissement|organisme|association|commune|ville|rue|voie|fichier|company|organi[sz]ation|business|street|town|city|file|domain|domaine/i;
const SHORTEST_FAIR_LIMIT = 40;

export default defineRule({
  id: 'rigid-name-length',
  scope: 'element',
  selector: 'input[maxlength]',
  impact: 'minor',
  tags: ['cat.balise'],
  barriers: ['rigid-input'],
  text: {
    fr: {
      description: 'Les champs de nom acceptent les noms longs.',
      help: 'Ne limitez pas la longueur des noms, ou pas en dessous de 40 caractères.',
      messages: {
        short: 'Le champ « {label} » est limité à {max} caractères : les noms composés ou étrangers plus longs seront coupés.',
      },
    },
    en: {
      description: 'Name fields accept long names.',
      help: 'Do not limit the length of names, or not below 40 characters.',
      messages: {
        short: 'The field "{label}" is limited to {max} characters: longer compound or foreign names will be cut.',
      },
    },
  },
  evaluate(element) {
    const max = Number.parseInt(element.getAttribute('maxlength') ?? '', 10);
    if (!Number.isFinite(max) || !/^(text|)$/.test(element.getAttribute('type') ?? '') || isHidden(element)) return inapplicable();
    const label = fieldLabel(element);
    const token = (element.getAttribute('autocomplete') ?? '').trim().split(/\s+/).pop() ?? '';
    const isName = NAME_TOKENS.test(token) || (wordingReadable(element.ownerDocument) && NAME_LABEL.test(label) && !NOT_A_PERSON.test(label));
    if (!isName) return inapplicable();
    const evidence = { ...fieldEvidence(element), maxlength: max };
    return max < SHORTEST_FAIR_LIMIT ? review('short', { label: label || token, max }, evidence) : pass(evidence);
  },
});
