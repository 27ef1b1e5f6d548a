import { defineRule, fail, review, type PageFinding } from '../../model/rule';
import { FIELD_SELECTOR, fieldEvidence, fieldHint } from '../../dom/field';
import { queryDeep } from '../../dom/query-deep';
import { findInText, searchableBlocks } from '../../dom/text-search';
import { autocompleteTokens, isVisibleTextField, labelOf } from './field-kind';

/**
 * A code sent by SMS shuts out people without a mobile phone, or whose phone is shared or out of
 * credit. A one-time-code field the page says comes by SMS is certain, unless the page offers
 * another way to get it; a code field that does not say how the code arrives needs review.
 */
const SMS = /\b(?:sms|texto|text\s+message|by\s+text|textos?)\b/i;
const CODE_LABEL = /\bcode\b.{0,40}\b(?:sms|texto|re[çc]u|envoy[ée]|v[ée]rification|s[ée]curit[ée]|confirmation|validation)\b|\b(?:security|verification|confirmation|one-time)\s+code\b|\bcode\s+we\s+(?:sent|texted)\b/i;
const SMS_WORDING = /\b(?:code|message)s?\s+(?:re[çc]us?|envoy[ée]s?|transmis)\s+par\s+(?:sms|texto)\b|\b(?:we(?:['’]ll| will)?|you(?:['’]ll| will))\s+(?:send|text|receive|get)\s+(?:you\s+)?a\s+(?:\w+\s+)?(?:code|text\s+message)\b[^.]{0,40}\b(?:text|sms|mobile|phone)\b|\bvous\s+(?:allez\s+)?recevr?\w*\s+un\s+(?:code|sms)\b[^.]{0,40}\b(?:sms|portable|mobile)\b/i;
const ALTERNATIVE = /\b(?:par\s+e-?mail|par\s+courriel|appel\s+vocal|par\s+t[ée]l[ée]phone\s+fixe|autre\s+(?:m[ée]thode|moyen)|by\s+e-?mail|(?:voice|phone)\s+call|another\s+(?:way|method)|use\s+a\s+different\s+method)\b/i;

export default defineRule({
  id: 'sms-code-required',
  scope: 'page',
  impact: 'serious',
  tags: ['cat.balise'],
  barriers: ['mobile-phone-required'],
  text: {
    fr: {
      description: "La démarche n’oblige pas à recevoir un code par SMS.",
      help: 'Proposez un autre moyen de recevoir le code (courrier, appel vers un fixe, guichet).',
      messages: {
        smsCode: 'Le champ « {label} » demande un code reçu par SMS, sans autre moyen proposé sur cette page.',
        smsCodeWithAlternative: "Le champ « {label} » demande un code reçu par SMS ; la page évoque un autre moyen (« {alternative} ») : vérifiez qu’il est vraiment proposé.",
        codeChannelUnknown: 'Le champ « {label} » demande un code à usage unique sans dire comment il arrive : vérifiez s’il faut un portable.',
        smsWording: "La page annonce un code envoyé par SMS (« {wording} ») : vérifiez qu’il faut un portable pour continuer.",
      },
    },
    en: {
      description: 'The procedure does not require a code received by text message.',
      help: 'Offer another way to receive the code (post, a call to a landline, a counter).',
      messages: {
        smsCode: 'The field "{label}" asks for a code received by text message, and this page offers no other way.',
        smsCodeWithAlternative: 'The field "{label}" asks for a code received by text message; the page mentions another way ("{alternative}"): check that it is really offered.',
        codeChannelUnknown: 'The field "{label}" asks for a one-time code without saying how it arrives: check whether a mobile phone is needed.',
        smsWording: 'The page says a code is sent by text message ("{wording}"): check whether a mobile phone is needed to go on.',
      },
    },
  },
  evaluatePage(doc) {
    const units = searchableBlocks(doc);
    const pageText = units.map((u) => u.text).join(' ');
    const alternative = ALTERNATIVE.exec(pageText)?.[0];
    const codeFields = queryDeep(doc, FIELD_SELECTOR).filter(
      (f) => isVisibleTextField(f) && (autocompleteTokens(f).includes('one-time-code') || CODE_LABEL.test(labelOf(f))),
    );
    const findings: PageFinding[] = codeFields.map((field) => {
      const label = labelOf(field) || (field.getAttribute('name') ?? '');
      const bySms = SMS.test(`${label} ${fieldHint(field)} ${pageText}`);
      const evidence = { ...fieldEvidence(field), sms: bySms, alternative: alternative ?? null };
      if (!bySms) return { element: field, outcome: review('codeChannelUnknown', { label }, evidence) };
      if (alternative) return { element: field, outcome: review('smsCodeWithAlternative', { label, alternative }, evidence) };
      return { element: field, outcome: fail('smsCode', { label }, evidence) };
    });
    if (findings.length > 0) return findings;
    const wording = findInText(units, SMS_WORDING, 1)[0];
    if (wording) return [{ element: wording.element, outcome: review('smsWording', { wording: wording.match }, { wording: wording.match }) }];
    return [];
  },
});
