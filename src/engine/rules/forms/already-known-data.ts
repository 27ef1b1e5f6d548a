import { defineRule, review, type PageFinding } from '../../model/rule';
import { FIELD_SELECTOR, fieldEvidence, queryDeep } from '../../dom';
import { matchKnownItem } from '../../dom/already-known';
import { fieldQuestion, textBeside } from '../../dom/field-text';
import { labelReader } from '../../dom/field-labels';
import { hiddenChecker } from '../../dom/hidden-cache';
import { wordingReadable } from '../../dom/page-language';

/**
 * Fields that ask what the administration already holds (tax number, social security number,
 * CAF number, tax notice, proof of address, Belgian register number). Asking is certain; whether
 * this service could fetch it itself (API Particulier, Banque-Carrefour) is not, so each needs
 * review with the item named. Page scope: labels are read once for the whole form.
 */
export default defineRule({
  id: 'already-known-data',
  scope: 'page',
  impact: 'moderate',
  tags: ['cat.balise'],
  barriers: ['already-known-data'],
  text: {
    fr: {
      description: "Le formulaire ne redemande pas ce que l’administration sait déjà (« Dites-le-nous une fois »).",
      help: "Récupérez l’information auprès de l’administration qui la détient plutôt que de la demander à la personne.",
      messages: {
        asks: 'Le formulaire demande {item} (« {label} »), une information que l’administration détient déjà : vérifiez si elle pourrait la récupérer elle-même.',
      },
    },
    en: {
      description: 'The form does not ask again for what the administration already knows ("Tell us once").',
      help: 'Fetch the information from the administration that holds it instead of asking the person.',
      messages: {
        asks: 'The form asks for {item} ("{label}"), which the administration already holds: check whether it could fetch it itself.',
      },
    },
  },
  evaluatePage(doc, ctx) {
    if (!wordingReadable(doc)) return [];
    const labelOf = labelReader();
    const hidden = hiddenChecker();
    const findings: PageFinding[] = [];
    for (const field of queryDeep(doc, FIELD_SELECTOR)) {
      // A yes/no choice about the item ("Avez-vous un numéro fiscal ?") does not ask for the item itself.
      // A free-text box explains ("Why can't you give..."): it does not ask for the item.
      if (/^(radio|checkbox)$/.test(field.getAttribute('type') ?? '') || field.localName === 'textarea') continue;
      const label = labelOf(field);
      // A field without a label still shows its name beside it: that is what the person is asked for.
      const shown = label || textBeside(field);
      const known = matchKnownItem(fieldQuestion(field, shown), field.getAttribute('type') === 'file');
      if (!known || hidden(field)) continue;
      const evidence = { ...fieldEvidence(field), label: label || null, knownItem: known.id };
      findings.push({ element: field, outcome: review('asks', { item: known.item[ctx.lang], label: shown }, evidence) });
    }
    return findings;
  },
});
