import { ALREADY_KNOWN_TEXT } from '../../engine/journey/field-meaning';
import type { Lang } from '../../engine/model';
import { COLOURS, formatPlain, w, type Words } from './words';

/**
 * Journey and page metrics are open records (their producers evolve): read them loosely, but show
 * a reader only what has a name in their language. Nested records flatten to dotted keys, each
 * known key has a label and a way to say its value: step indexes (0-based in the data) are shown
 * from 1 as everywhere else in the report, lists show their items, colours are said in words.
 * A key with no label is engine bookkeeping (fieldsAsked, stepSignals, passedNodes) and is not
 * shown; metric-view.test.ts fails when a metric the engine produces has neither label nor reason
 * to be hidden.
 */
export interface MetricView {
  key: string;
  label: string;
  value: string;
  /** The indicator's colour as coded (green, orange, red): the page draws it. */
  level?: string;
  /** The same colour in words, for exports. */
  levelLabel?: string;
}

type Format = 'plain' | 'steps' | 'step' | 'perStep' | 'colour' | 'seconds' | 'ms' | 'knownItems' | 'list' | 'byLang';

interface MetricText {
  label: Words;
  format?: Format;
}

const m = (fr: string, en: string, format?: Format): MetricText => ({ label: w(fr, en), ...(format ? { format } : {}) });

export const METRIC_TEXT: Readonly<Record<string, MetricText>> = {
  // Reports written by earlier versions
  steps: m('Nombre d’étapes', 'Number of steps'),
  stepCount: m('Nombre d’étapes', 'Number of steps'),
  estimatedMinutes: m('Temps estimé (minutes)', 'Estimated time (minutes)'),
  effortMinutes: m('Temps estimé (minutes)', 'Estimated time (minutes)'),
  requiredFields: m('Champs obligatoires', 'Required fields'),
  redundantFields: m('Informations demandées deux fois', 'Information asked twice'),
  // Journey (JourneyMetricsSchema)
  lowerBound: m('Chiffres minimaux seulement (étapes non vérifiées)', 'Lower bounds only (steps not checked)'),
  'steps.recorded': m('Étapes vérifiées', 'Steps checked'),
  'steps.notChecked': m('Étapes non vérifiées', 'Steps not checked', 'steps'),
  'steps.distinctScreens': m('Écrans différents', 'Distinct screens'),
  'steps.formScreens': m('Écrans avec des questions', 'Screens with questions'),
  'steps.overDsfrLimit': m('Plus de 8 étapes (au-delà du DSFR)', 'More than 8 steps (beyond the DSFR)'),
  'fields.all': m('Champs à remplir', 'Fields to fill in'),
  'fields.required': m('Champs obligatoires', 'Required fields'),
  'fields.optional': m('Champs facultatifs', 'Optional fields'),
  'fields.perStep': m('Champs par étape', 'Fields per step', 'perStep'),
  uploads: m('Documents à envoyer', 'Documents to upload'),
  'alreadyKnown.count': m('Informations déjà connues de l’administration', 'Items the administration already holds'),
  'alreadyKnown.items': m('Informations déjà connues : lesquelles', 'Items already held: which', 'knownItems'),
  'alreadyKnown.colour': m('« Dites-le-nous une fois » (Observatoire)', '"Tell us once" (Observatoire)', 'colour'),
  'requirements.account.met': m('Compte à créer ou connexion demandée', 'Account or sign-in asked for'),
  'requirements.account.certain': m('Compte : certain', 'Account: certain'),
  'requirements.account.steps': m('Compte : étapes', 'Account: steps', 'steps'),
  'requirements.digitalIdentity.met': m('Identité numérique demandée', 'Digital identity asked for'),
  'requirements.digitalIdentity.certain': m('Identité numérique : certain', 'Digital identity: certain'),
  'requirements.digitalIdentity.steps': m('Identité numérique : étapes', 'Digital identity: steps', 'steps'),
  'requirements.email.met': m('Adresse e-mail demandée', 'E-mail address asked for'),
  'requirements.email.certain': m('Adresse e-mail : certain', 'E-mail address: certain'),
  'requirements.email.steps': m('Adresse e-mail : étapes', 'E-mail address: steps', 'steps'),
  'requirements.mobilePhone.met': m('Téléphone mobile demandé', 'Mobile phone asked for'),
  'requirements.mobilePhone.certain': m('Téléphone mobile : certain', 'Mobile phone: certain'),
  'requirements.mobilePhone.steps': m('Téléphone mobile : étapes', 'Mobile phone: steps', 'steps'),
  'requirements.captcha.met': m('Test anti-robot (captcha)', 'Captcha'),
  'requirements.captcha.certain': m('Test anti-robot : certain', 'Captcha: certain'),
  'requirements.captcha.steps': m('Test anti-robot : étapes', 'Captcha: steps', 'steps'),
  'stepIndicator.present': m('Indicateur d’étapes affiché', 'Step indicator shown'),
  'stepIndicator.claimedTotals': m('Nombre d’étapes annoncé par la page', 'Number of steps the page states', 'list'),
  'stepIndicator.screensSeen': m('Écrans comptés', 'Screens counted'),
  'stepIndicator.consistent': m('L’indicateur correspond aux écrans vus', 'The indicator matches the screens seen'),
  'navigation.back.available': m('Retour en arrière possible', 'Can go back'),
  'navigation.back.steps': m('Lien de retour : étapes', 'Back link: steps', 'steps'),
  'navigation.back.missingSteps': m('Sans lien de retour : étapes', 'No back link: steps', 'steps'),
  'navigation.save.available': m('Enregistrer pour finir plus tard', 'Save and finish later'),
  'navigation.save.steps': m('Enregistrement : étapes', 'Save: steps', 'steps'),
  'navigation.summary.present': m('Récapitulatif avant l’envoi', 'Summary before sending'),
  'navigation.summary.step': m('Récapitulatif : étape', 'Summary: step', 'step'),
  'navigation.acknowledgement.confirmation': m('Page de confirmation', 'Confirmation page'),
  'navigation.acknowledgement.reference': m('Numéro de dossier ou accusé de réception', 'Reference number or receipt'),
  'navigation.acknowledgement.step': m('Confirmation : étape', 'Confirmation: step', 'step'),
  'effort.totalSeconds': m('Temps estimé pour remplir', 'Estimated time to fill in', 'seconds'),
  'effort.simple.count': m('Champs simples', 'Simple fields'),
  'effort.simple.seconds': m('Champs simples : temps estimé', 'Simple fields: estimated time', 'seconds'),
  'effort.lookUp.count': m('Champs à rechercher dans ses papiers', 'Fields to look up in one’s papers'),
  'effort.lookUp.seconds': m('Champs à rechercher : temps estimé', 'Fields to look up: estimated time', 'seconds'),
  'effort.upload.count': m('Documents à envoyer', 'Documents to upload'),
  'effort.upload.seconds': m('Documents : temps estimé', 'Documents: estimated time', 'seconds'),
  'timeSpent.totalMs': m('Temps passé (enregistré)', 'Time spent (recorded)', 'ms'),
  'timeSpent.stepsTimed': m('Étapes chronométrées', 'Steps timed'),
  'errors.count': m('Pages revenues avec une erreur', 'Pages that came back with an error'),
  'errors.steps': m('Erreurs : étapes', 'Errors: steps', 'steps'),
  // A page (page-metrics.ts)
  'fields.total': m('Champs à remplir', 'Fields to fill in'),
  'fields.visible': m('Champs visibles', 'Visible fields'),
  hiddenUploads: m('Envois de fichier cachés', 'Hidden file uploads'),
  'contactChannels.phone': m('Téléphone indiqué', 'Phone number shown'),
  'contactChannels.postalAddress': m('Adresse postale indiquée', 'Postal address shown'),
  'contactChannels.counter': m('Guichet ou accueil indiqué', 'Counter shown'),
  'contactChannels.paperForm': m('Formulaire papier proposé', 'Paper form offered'),
  'contactChannels.emailOrForm': m('E-mail ou formulaire de contact', 'E-mail or contact form'),
  'contactChannels.chat': m('Discussion en ligne', 'Online chat'),
  authOptions: m('Moyens de connexion proposés', 'Ways to sign in offered', 'list'),
  'stepIndicator.current': m('Étape annoncée', 'Step stated'),
  'stepIndicator.total': m('Nombre d’étapes annoncé', 'Number of steps stated'),
  frames: m('Cadres (iframes)', 'Frames (iframes)'),
  'readability.words': m('Lisibilité : mots', 'Readability: words'),
  'readability.sentences': m('Lisibilité : phrases', 'Readability: sentences'),
  'readability.score': m('Score de lisibilité', 'Readability score'),
  'readability.kandelMoles': m('Score Kandel-Moles', 'Kandel-Moles score'),
  'readability.fleschReadingEase': m('Score de Flesch', 'Flesch reading ease'),
  'readability.level': m('Niveau de lecture', 'Reading level', 'byLang'),
  'readability.lix': m('Indice LIX', 'LIX index'),
  'readability.reliable': m('Assez de texte pour un score fiable', 'Enough text for a reliable score'),
};

/** Bookkeeping the engine keeps for its own rules: not for a reader. */
const HIDDEN_METRICS: ReadonlySet<string> = new Set([
  'fieldsAsked',
  'stepSignals',
  'passedNodes',
  'readability.lang',
  'readability.syllables',
  'readability.hardest',
]);

const MAX_DEPTH = 3;

export function metricViews(metrics: Readonly<Record<string, unknown>>, lang: Lang): MetricView[] {
  const out: MetricView[] = [];
  walkMetrics(metrics, lang, out);
  return out;
}

/**
 * Pushes the rows a reader sees to `out`, and to `reached` every key where the walk stops, shown
 * or dropped for want of a label: what the label test checks.
 */
export function walkMetrics(record: Readonly<Record<string, unknown>>, lang: Lang, out: MetricView[], reached?: string[], prefix = '', depth = 0): void {
  for (const [name, raw] of Object.entries(record)) {
    const key = prefix + name;
    if (HIDDEN_METRICS.has(key)) continue;
    const text = METRIC_TEXT[key];
    if (text && isRecord(raw) && isScalar(raw.value)) {
      const level = [raw.level, raw.colour, raw.color, raw.rating].find((x): x is string => typeof x === 'string');
      out.push({ key, label: text.label[lang], value: formatPlain(raw.value, lang), ...(level ? { level, levelLabel: COLOURS[level]?.[lang] ?? level } : {}) });
      reached?.push(key);
      continue;
    }
    const value = text ? formatValue(raw, text.format ?? 'plain', lang) : undefined;
    if (text && value !== undefined) out.push({ key, label: text.label[lang], value });
    else if (isRecord(raw) && depth < MAX_DEPTH) {
      walkMetrics(raw, lang, out, reached, key + '.', depth + 1);
      continue;
    }
    reached?.push(key);
  }
}

function formatValue(raw: unknown, format: Format, lang: Lang): string | undefined {
  const none = lang === 'fr' ? 'aucune' : 'none';
  const stepWord = lang === 'fr' ? 'étape' : 'step';
  const list = (items: readonly string[]) => (items.length ? items.join(', ') : none);
  switch (format) {
    case 'steps':
      return Array.isArray(raw) ? list(raw.filter(isIndex).map((i) => String(i + 1))) : undefined;
    case 'step':
      if (raw === null) return none;
      return isIndex(raw) ? `${stepWord} ${raw + 1}` : undefined;
    case 'perStep':
      if (!Array.isArray(raw)) return undefined;
      return raw.map((n, i) => `${stepWord} ${i + 1}${lang === 'fr' ? ' : ' : ': '}${typeof n === 'number' ? formatPlain(n, lang) : lang === 'fr' ? 'non vérifiée' : 'not checked'}`).join(' ; ');
    case 'colour':
      return typeof raw === 'string' ? (COLOURS[raw]?.[lang] ?? raw) : undefined;
    case 'seconds':
      return typeof raw === 'number' ? formatSeconds(raw) : undefined;
    case 'ms':
      return typeof raw === 'number' ? formatSeconds(raw / 1000) : undefined;
    case 'knownItems':
      if (!Array.isArray(raw)) return undefined;
      return list(raw.map((item) => knownItem(item, lang)).filter((x): x is string => x !== undefined));
    case 'list':
      return Array.isArray(raw) ? list(raw.filter(isScalar).map((x) => formatPlain(x, lang))) : undefined;
    case 'byLang':
      return isRecord(raw) && typeof raw[lang] === 'string' ? (raw[lang] as string) : isScalar(raw) ? formatPlain(raw, lang) : undefined;
    case 'plain':
      return isScalar(raw) ? formatPlain(raw, lang) : Array.isArray(raw) ? list(raw.filter(isScalar).map((x) => formatPlain(x, lang))) : undefined;
  }
}

function knownItem(item: unknown, lang: Lang): string | undefined {
  const kindName = (kind: unknown) => (typeof kind === 'string' ? ((ALREADY_KNOWN_TEXT[lang] as Readonly<Record<string, string>>)[kind] ?? kind) : undefined);
  if (typeof item === 'string') return kindName(item);
  if (!isRecord(item)) return undefined;
  const name = kindName(item.kind);
  if (!name) return undefined;
  return isIndex(item.step) ? `${name} (${lang === 'fr' ? 'étape' : 'step'} ${item.step + 1})` : name;
}

function formatSeconds(seconds: number): string {
  const total = Math.round(seconds);
  const min = Math.floor(total / 60);
  const sec = total % 60;
  if (min === 0) return `${sec} s`;
  return sec === 0 ? `${min} min` : `${min} min ${sec} s`;
}

const isIndex = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

function isScalar(x: unknown): x is string | number | boolean {
  return typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
