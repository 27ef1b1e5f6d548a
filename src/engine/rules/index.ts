import type { Rule } from '../model/rule';
import noAccessibilityStatement from './statement/no-accessibility-statement';
import accountSignInForm from './access/account-sign-in-form';
import accountRequiredWording from './access/account-required-wording';
import digitalIdentityOnly from './access/digital-identity-only';
import emailRequired from './access/email-required';
import mobilePhoneRequired from './access/mobile-phone-required';
import smsCodeRequired from './access/sms-code-required';
import captchaWidget from './access/captcha-widget';
import captchaChallenge from './access/captcha-challenge';
import noAlternativeChannel from './access/no-alternative-channel';
import onlineOnlyAppointment from './access/online-only-appointment';
import longSentence from './language/long-sentence';
import hardTextBlock from './language/hard-text-block';
import adminJargon from './language/admin-jargon';
import unexplainedAcronym from './language/unexplained-acronym';
import passiveInstruction from './language/passive-instruction';
import blockCapitals from './language/block-capitals';
import vagueLinkText from './language/vague-link-text';
import numberInWords from './language/number-in-words';
import inclusiveMedianDot from './language/inclusive-median-dot';

/** Every heuristic Balise runs, in report order. A rule not listed here does not run. */
export const rules: readonly Rule[] = [
  noAccessibilityStatement,
  accountSignInForm,
  accountRequiredWording,
  digitalIdentityOnly,
  emailRequired,
  mobilePhoneRequired,
  smsCodeRequired,
  captchaWidget,
  captchaChallenge,
  noAlternativeChannel,
  onlineOnlyAppointment,
  longSentence,
  hardTextBlock,
  adminJargon,
  unexplainedAcronym,
  passiveInstruction,
  blockCapitals,
  vagueLinkText,
  numberInWords,
  inclusiveMedianDot,
];
