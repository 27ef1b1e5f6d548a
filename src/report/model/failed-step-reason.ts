import type { Lang } from '../../engine/model';
import { redactUrlsIn } from '../../engine/dom/redact-url';
import { maskPersonalData } from '../../engine/privacy/mask-personal-data';

/**
 * Why a step could not be audited, in words. A failed step keeps a code of ours (the recorder's,
 * audit-tab.ts, or the command line's, src/cli/audit-targets.ts), `http-<status>`, or the browser's
 * own words with addresses redacted; the report says each in its language, as the side panel does.
 */
interface ReasonTexts {
  codes: Readonly<Record<string, string>>;
  http: string;
  errorPage: string;
  other: string;
}

const REASONS: Readonly<Record<Lang, ReasonTexts>> = {
  fr: {
    codes: {
      'file-not-found': 'fichier introuvable.',
      'bad-address': 'adresse non reconnue (ni http(s), ni fichier).',
      restricted: 'cette page ne peut pas être analysée (page du navigateur ou fichier).',
      'tab-closed': 'l’onglet a été fermé.',
      'injection-failed': 'Balise n’a pas pu lire cette page.',
      'audit-failed': 'l’analyse a échoué sur cette page.',
    },
    http: 'le serveur a répondu {status} au lieu de la page.',
    errorPage: 'la page ne s’est pas affichée (site indisponible ou connexion coupée).',
    other: 'la page n’a pas pu être ouverte ou analysée ({detail}).',
  },
  en: {
    codes: {
      'file-not-found': 'file not found.',
      'bad-address': 'unrecognised address (neither http(s) nor a file).',
      restricted: 'this page cannot be audited (a browser page or a file).',
      'tab-closed': 'the tab was closed.',
      'injection-failed': 'Balise could not read this page.',
      'audit-failed': 'the audit failed on this page.',
    },
    http: 'the server answered {status} instead of the page.',
    errorPage: 'the page did not load (site unavailable or connection lost).',
    other: 'the page could not be opened or audited ({detail}).',
  },
};

export function failedStepReason(error: string, lang: Lang): string {
  const texts = REASONS[lang];
  const known = Object.hasOwn(texts.codes, error) ? texts.codes[error] : undefined;
  if (known) return known;
  const status = /^http-(\d{3})$/.exec(error)?.[1];
  if (status) return texts.http.replace('{status}', () => status);
  if (/error page/i.test(error)) return texts.errorPage;
  // A function, not a string: '$&' or "$'" in the browser's words must stay as they are.
  return texts.other.replace('{detail}', () => maskPersonalData(redactUrlsIn(error)));
}

/**
 * Why a frame of a page was not audited, in words. Frames keep a code of ours (the command line's
 * `frame-not-loaded`, merge-frames' `not-allowed` and `not-audited`, and the English sentences
 * older reports hold), or the browser's own words, redacted as a step's are.
 */
const FRAME_REASONS: Readonly<Record<Lang, Readonly<Record<string, string>> & { other: string }>> = {
  fr: {
    'frame-not-loaded': 'le cadre ne s’est pas chargé',
    'the frame did not load': 'le cadre ne s’est pas chargé',
    'not-allowed': 'le navigateur n’autorise pas Balise à lire ce cadre (il vient d’un autre site)',
    'not-audited': 'cadre non analysé',
    'not audited': 'cadre non analysé',
    other: 'le cadre n’a pas pu être analysé ({detail})',
  },
  en: {
    'frame-not-loaded': 'the frame did not load',
    'the frame did not load': 'the frame did not load',
    'not-allowed': 'the browser does not let Balise read this frame (it comes from another site)',
    'not-audited': 'frame not audited',
    'not audited': 'frame not audited',
    other: 'the frame could not be audited ({detail})',
  },
};

export function skippedFrameReason(reason: string, lang: Lang): string {
  const texts = FRAME_REASONS[lang];
  if (reason !== 'other' && Object.hasOwn(texts, reason)) return texts[reason]!;
  return texts.other.replace('{detail}', () => maskPersonalData(redactUrlsIn(reason)));
}
