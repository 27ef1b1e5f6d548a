import { defineRule, fail, inapplicable, pass, review } from '../../model/rule';
import { FIELD_SELECTOR, fieldEvidence } from '../../dom/field';
import { requiredness } from '../../dom/required-marks';
import { isPhoneField, isVisibleTextField, labelOf, phoneKind } from './field-kind';

/**
 * A required mobile number shuts out people without a mobile phone or sharing one. Only a field
 * the page names as a mobile ("portable", "GSM", "pour recevoir un SMS") is certain: a plain
 * "téléphone" field may accept a landline, and so may "de préférence un mobile", so both need
 * review. A label that names a landline next to the mobile ("fixe ou portable") accepts either:
 * no mobile is required.
 */
const FAX = /\bfax|t[ée]l[ée]copie/i;

export default defineRule({
  id: 'mobile-phone-required',
  scope: 'element',
  selector: FIELD_SELECTOR,
  impact: 'serious',
  tags: ['cat.balise'],
  barriers: ['mobile-phone-required'],
  text: {
    fr: {
      description: "Le formulaire n’oblige pas à donner un numéro de téléphone portable.",
      help: "Tout le monde n’a pas de téléphone portable à soi : acceptez un fixe ou un autre moyen de contact.",
      messages: {
        mobileRequired: 'Le champ « {label} » demande un numéro de portable et il est obligatoire.',
        mobileProbablyRequired: 'Le champ « {label} » demande un numéro de portable et semble obligatoire ({how}) : vérifiez.',
        mobilePreferred: 'Le champ « {label} » est obligatoire et demande de préférence un numéro de portable : vérifiez qu’un fixe est accepté.',
        mobilePreferredProbablyRequired: 'Le champ « {label} » demande de préférence un numéro de portable et semble obligatoire ({how}) : vérifiez qu’un fixe est accepté.',
        phoneRequired: "Le champ « {label} » demande un numéro de téléphone et il est obligatoire : vérifiez qu’un fixe est accepté.",
      },
    },
    en: {
      description: 'The form does not make a mobile phone number compulsory.',
      help: 'Not everyone has a mobile phone of their own: accept a landline or another way of contact.',
      messages: {
        mobileRequired: 'The field "{label}" asks for a mobile number and is required.',
        mobileProbablyRequired: 'The field "{label}" asks for a mobile number and looks required ({how}): check.',
        mobilePreferred: 'The field "{label}" is required and prefers a mobile number: check that a landline is accepted.',
        mobilePreferredProbablyRequired: 'The field "{label}" prefers a mobile number and looks required ({how}): check that a landline is accepted.',
        phoneRequired: 'The field "{label}" asks for a phone number and is required: check that a landline is accepted.',
      },
    },
  },
  evaluate(field) {
    if (!isVisibleTextField(field) || !isPhoneField(field) || FAX.test(labelOf(field))) return inapplicable();
    const how = requiredness(field);
    const kind = phoneKind(field);
    const evidence = { ...fieldEvidence(field), mobile: kind === 'mobile', requiredness: how };
    const data = { label: labelOf(field) || (field.getAttribute('name') ?? ''), how };
    const certain = how === 'required' || how === 'required-word';
    const likely = how === 'asterisk' || how === 'asterisk-explained' || how === 'probably-required';
    if (!certain && !likely) return pass(evidence);
    if (kind === 'landline-accepted') return pass(evidence);
    if (kind === 'mobile-preferred') return review(certain ? 'mobilePreferred' : 'mobilePreferredProbablyRequired', data, evidence);
    if (kind === 'any') return review('phoneRequired', data, evidence);
    return certain ? fail('mobileRequired', data, evidence) : review('mobileProbablyRequired', data, evidence);
  },
});
