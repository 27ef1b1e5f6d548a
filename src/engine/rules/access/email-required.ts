import { defineRule, fail, inapplicable, pass, review } from '../../model/rule';
import { FIELD_SELECTOR, fieldEvidence } from '../../dom/field';
import { requiredness } from '../../dom/required-marks';
import { isConfirmationField, isEmailField, isVisibleTextField, labelOf } from './field-kind';

/**
 * A required e-mail field shuts out people who have no e-mail address. The finding is a violation
 * only when the page itself says the field is required (attribute or the word "obligatoire");
 * an asterisk or a form that only marks optional fields leaves doubt, so a person checks.
 */
export default defineRule({
  id: 'email-required',
  scope: 'element',
  selector: FIELD_SELECTOR,
  impact: 'serious',
  tags: ['cat.balise'],
  barriers: ['email-required'],
  text: {
    fr: {
      description: "Le formulaire n’oblige pas à donner une adresse e-mail.",
      help: "Beaucoup de personnes n’ont pas d’adresse e-mail : proposez un autre moyen d’être recontacté.",
      messages: {
        required: "Le champ « {label} » demande une adresse e-mail et il est obligatoire.",
        requiredConfirm: "Le champ « {label} » demande de confirmer l’adresse e-mail et il est obligatoire.",
        asteriskExplained: "Le champ « {label} » est marqué d’un astérisque, que la page explique comme « obligatoire » : vérifiez qu’on peut continuer sans e-mail.",
        asterisk: "Le champ « {label} » est marqué d’un astérisque, sans légende sur cette page : il est sans doute obligatoire.",
        probablyRequired: "Le champ « {label} » n’est pas marqué facultatif alors que d’autres champs du formulaire le sont : il est sans doute obligatoire.",
      },
    },
    en: {
      description: 'The form does not make an e-mail address compulsory.',
      help: 'Many people have no e-mail address: offer another way to be contacted.',
      messages: {
        required: 'The field "{label}" asks for an e-mail address and is required.',
        requiredConfirm: 'The field "{label}" asks to confirm the e-mail address and is required.',
        asteriskExplained: 'The field "{label}" carries an asterisk the page explains as "required": check whether one can go on without an e-mail address.',
        asterisk: 'The field "{label}" carries an asterisk with no legend on this page: it is probably required.',
        probablyRequired: 'The field "{label}" is not marked optional while other fields of the form are: it is probably required.',
      },
    },
  },
  evaluate(field) {
    if (!isVisibleTextField(field) || !isEmailField(field)) return inapplicable();
    const confirmation = isConfirmationField(field);
    const how = requiredness(field);
    const evidence = { ...fieldEvidence(field), confirmation, requiredness: how };
    const data = { label: labelOf(field) || (field.getAttribute('name') ?? '') };
    switch (how) {
      case 'required':
      case 'required-word':
        return fail(confirmation ? 'requiredConfirm' : 'required', data, evidence);
      case 'asterisk-explained':
        return review('asteriskExplained', data, evidence);
      case 'asterisk':
        return review('asterisk', data, evidence);
      case 'probably-required':
        return review('probablyRequired', data, evidence);
      default:
        return pass(evidence);
    }
  },
});
