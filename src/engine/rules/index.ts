import type { Rule } from '../model/rule';
import noAccessibilityStatement from './statement/no-accessibility-statement';
import statementConformity from './statement/statement-conformity';
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
import documentUpload from './forms/document-upload';
import uploadFormat from './forms/upload-format';
import uploadSizeLimit from './forms/upload-size-limit';
import alreadyKnownData from './forms/already-known-data';
import rigidPattern from './forms/rigid-pattern';
import rigidDateMask from './forms/rigid-date-mask';
import rigidPasteBlocked from './forms/rigid-paste-blocked';
import rigidNameLength from './forms/rigid-name-length';
import rigidPasswordRules from './forms/rigid-password-rules';
import rigidRequiredChoice from './forms/rigid-required-choice';
import unclearErrorMessage from './forms/unclear-error-message';
import errorSummaryLinks from './forms/error-summary-links';
import errorNotAssociated from './forms/error-not-associated';
import timeLimitRefresh from './page/time-limit-refresh';
import timeLimitWording from './page/time-limit-wording';
import missingPriorInformation from './page/missing-prior-information';
import stepIndicator from './page/step-indicator';
import stepBackLink from './page/step-back-link';
import stepSaveForLater from './page/step-save-for-later';
import stepSummary from './page/step-summary';
import mobileViewport from './page/mobile-viewport';
import mobileOverflow from './page/mobile-overflow';
import noAcknowledgement from './page/no-acknowledgement';
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
  statementConformity,
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
  documentUpload,
  uploadFormat,
  uploadSizeLimit,
  alreadyKnownData,
  rigidPattern,
  rigidDateMask,
  rigidPasteBlocked,
  rigidNameLength,
  rigidPasswordRules,
  rigidRequiredChoice,
  unclearErrorMessage,
  errorSummaryLinks,
  errorNotAssociated,
  timeLimitRefresh,
  timeLimitWording,
  missingPriorInformation,
  stepIndicator,
  stepBackLink,
  stepSaveForLater,
  stepSummary,
  mobileViewport,
  mobileOverflow,
  noAcknowledgement,
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
