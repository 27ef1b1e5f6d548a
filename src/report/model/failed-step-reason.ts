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
