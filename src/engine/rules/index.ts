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
];
