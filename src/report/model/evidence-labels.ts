import { ALREADY_KNOWN_TEXT } from '../../engine/journey/field-meaning';
import type { Evidence, Lang } from '../../engine/model';
import { COLOURS, formatPlain, w, type Words } from './words';

/**
 * Our rules' evidence is a record of short facts (`requiredness: 'required'`). A report is read by
 * social workers and advocates: every key gets a label in both languages, and coded values are said
 * in words. Keys that only make sense inside the engine are hidden (the HTML column keeps the
 * element's own attributes). evidence-labels.test.ts reads the rules' source and fails when a rule
 * emits a key that is neither labelled nor hidden here.
 */
interface KeyText {
  label: Words;
  /** Coded values said in words; any other value is page text and shows as it is. */
  values?: Readonly<Record<string, Words>>;
  /** A step index (0-based in the data), or a comma-separated list of them: shown from 1. */
  steps?: 'one' | 'list';
  /** A list of coded values joined by ', ' or ','. */
  list?: boolean;
}

const CHANNELS: Readonly<Record<string, Words>> = {
  phone: w('téléphone', 'phone'),
  postal: w('adresse postale', 'postal address'),
  counter: w('guichet', 'counter'),
  'paper-form': w('formulaire papier', 'paper form'),
  'contact-page': w('page de contact', 'contact page'),
  email: w('adresse e-mail', 'e-mail address'),
  chat: w('discussion en ligne', 'online chat'),
};

const REQUIREDNESS: Readonly<Record<string, Words>> = {
  required: w('attribut required (certain)', 'required attribute (certain)'),
  'required-word': w('le mot « obligatoire » dans le libellé', 'the word "required" in the label'),
  'asterisk-explained': w('astérisque, expliquée sur la page', 'asterisk, explained on the page'),
  asterisk: w('astérisque, sans explication sur la page', 'asterisk, not explained on the page'),
  'probably-required': w('aucune, mais la page dit que tout est obligatoire ou marque les champs facultatifs', 'none, but the page says all fields are required or marks the optional ones'),
  optional: w('dit facultatif', 'stated as optional'),
  unmarked: w('aucune', 'none'),
};

const FIELD_TYPES: Readonly<Record<string, Words>> = {
  text: w('texte (text)', 'text'),
  email: w('adresse e-mail (email)', 'e-mail address (email)'),
  tel: w('téléphone (tel)', 'phone (tel)'),
  file: w('fichier à envoyer (file)', 'file to upload (file)'),
  password: w('mot de passe (password)', 'password'),
  date: w('date (date)', 'date'),
  number: w('nombre (number)', 'number'),
  radio: w('choix unique (radio)', 'single choice (radio)'),
  checkbox: w('case à cocher (checkbox)', 'checkbox'),
  select: w('liste déroulante (select)', 'drop-down list (select)'),
};

/** Per-language word lists keyed by code, turned into per-code words. */
function wordsOf(text: Readonly<Record<Lang, Readonly<Record<string, string>>>>): Record<string, Words> {
  return Object.fromEntries(Object.keys(text.fr).map((code) => [code, w(text.fr[code]!, text.en[code] ?? code)]));
}

const LANGS: Readonly<Record<string, Words>> = { fr: w('français', 'French'), en: w('anglais', 'English') };

export const HIDDEN_EVIDENCE_KEYS: ReadonlySet<string> = new Set([
  // Element internals: the HTML column shows the element itself.
  'tag',
  'name',
  'inputmode',
  // Engine ids: the message already says them in words.
  'knownItem',
  'concept',
  'role',
  // The step a journey finding sits on (0-based): its place label already says "Étape 2".
  'step',
]);

export const EVIDENCE_KEYS: Readonly<Record<string, KeyText>> = {
  // A form field (fieldEvidence)
  label: { label: w('Libellé du champ', 'Field label') },
  type: { label: w('Type de champ', 'Field type'), values: FIELD_TYPES },
  required: { label: w('Obligatoire', 'Required') },
  autocomplete: { label: w('Remplissage automatique (autocomplete)', 'Autofill (autocomplete)') },
  accept: { label: w('Formats acceptés (accept)', 'Accepted formats (accept)') },
  pattern: { label: w('Format imposé (pattern)', 'Enforced format (pattern)') },
  requiredness: { label: w('Marque d’obligation', 'How required is shown'), values: REQUIREDNESS },
  confirmation: { label: w('Demandé une deuxième fois pour confirmer', 'Asked a second time to confirm') },
  mobile: { label: w('Mobile demandé', 'Mobile asked for') },
  sms: { label: w('Code envoyé par SMS', 'Code sent by text message') },
  alternative: { label: w('Autre moyen proposé', 'Other way offered') },
  multiple: { label: w('Plusieurs fichiers possibles', 'Several files allowed') },
  statedLimit: { label: w('Taille maximale annoncée', 'Stated size limit') },
  statedFormats: { label: w('Formats annoncés', 'Stated formats') },
  mask: { label: w('Masque de saisie', 'Input mask') },
  maxlength: { label: w('Nombre maximal de caractères', 'Maximum number of characters') },
  onpaste: { label: w('Code qui agit sur le collage (onpaste)', 'Code run on paste (onpaste)') },
  rules: { label: w('Règles du mot de passe', 'Password rules') },
  question: { label: w('Question', 'Question') },
  options: { label: w('Nombre de réponses proposées', 'Number of answers offered') },
  message: { label: w('Message affiché', 'Message shown') },
  links: { label: w('Liens dans le récapitulatif des erreurs', 'Links in the error summary') },
  broken: { label: w('Liens qui ne mènent à aucun champ', 'Links that lead to no field') },
  first: { label: w('Premier lien', 'First link') },
  // Account and identity
  passwordFields: { label: w('Champs mot de passe', 'Password fields') },
  createsAccount: { label: w('Le formulaire crée un compte', 'The form creates an account') },
  questionsInForm: { label: w('Questions de la démarche dans ce formulaire', 'Procedure questions in this form') },
  questionsOutsideForm: { label: w('Questions de la démarche ailleurs sur la page', 'Procedure questions elsewhere on the page') },
  guestRoute: { label: w('Accès sans compte', 'Way in without an account') },
  wording: { label: w('Texte trouvé', 'Text found') },
  actions: { label: w('Boutons ou liens de compte', 'Account buttons or links') },
  count: { label: w('Nombre', 'Count') },
  schemes: { label: w('Identités numériques proposées', 'Digital identities offered') },
  identityControls: { label: w('Boutons d’identité numérique', 'Digital identity buttons') },
  otherWay: { label: w('Autre moyen d’accès', 'Other way in') },
  // Captcha
  provider: { label: w('Fournisseur', 'Provider') },
  widgets: { label: w('Modules captcha', 'Captcha widgets') },
  iframes: { label: w('Cadres (iframes)', 'Frames (iframes)') },
  scripts: { label: w('Scripts', 'Scripts') },
  alt: { label: w('Texte de l’image (alt)', 'Image text (alt)') },
  // Contact, appointments
  channel: { label: w('Moyen de contact', 'Contact channel'), values: CHANNELS },
  channels: { label: w('Aide en ligne trouvée', 'Online help found'), values: CHANNELS, list: true },
  found: { label: w('Texte trouvé', 'Text found') },
  booking: { label: w('Texte sur la prise de rendez-vous', 'Text about booking') },
  widget: { label: w('Élément de réservation', 'Booking element') },
  noSlots: { label: w('Texte sur les créneaux', 'Text about slots') },
  otherRoute: { label: w('Autre moyen de prendre rendez-vous', 'Other way to book') },
  // Accessibility statement
  mention: { label: w('Mention trouvée', 'Statement found') },
  conformity: {
    label: w('Conformité déclarée', 'Stated conformity'),
    values: { full: w('totale', 'full'), partial: w('partielle', 'partial'), none: w('non conforme', 'not compliant') },
  },
  link: { label: w('Lien', 'Link') },
  statementUrl: { label: w('Adresse de la déclaration d’accessibilité', 'Address of the accessibility statement') },
  contactEmail: { label: w('E-mail du contact accessibilité', 'Accessibility contact e-mail') },
  contactUrl: { label: w('Formulaire de contact accessibilité', 'Accessibility contact form') },
  // Page and steps
  viewport: { label: w('Largeur d’écran (viewport)', 'Screen width (viewport)') },
  scrollWidth: { label: w('Largeur de la page (px)', 'Page width (px)') },
  right: { label: w('Bord droit de l’élément (px)', 'Right edge of the element (px)') },
  current: { label: w('Étape annoncée', 'Step stated') },
  total: { label: w('Nombre d’étapes annoncé', 'Number of steps stated') },
  source: {
    label: w('Indicateur d’étapes', 'Step indicator'),
    values: {
      dsfr: w('composant « indicateur d’étapes » du DSFR', 'DSFR stepper component'),
      'aria-current': w('liste d’étapes avec aria-current', 'list of steps with aria-current'),
      text: w('texte « Étape X sur N »', 'text "Step X of N"'),
    },
  },
  text: { label: w('Texte de l’indicateur', 'Indicator text') },
  back: { label: w('Lien de retour', 'Back link') },
  control: { label: w('Bouton d’enregistrement', 'Save button') },
  summary: { label: w('Récapitulatif', 'Summary') },
  changeLinks: { label: w('Liens pour modifier une réponse', 'Links to change an answer') },
  button: { label: w('Bouton pour commencer', 'Start button') },
  duration: { label: w('Durée indiquée', 'Duration stated') },
  documents: { label: w('Documents à prévoir indiqués', 'Documents needed stated') },
  cost: { label: w('Coût indiqué', 'Cost stated') },
  delay: { label: w('Délai de réponse indiqué', 'Response time stated') },
  delaySeconds: { label: w('Délai avant rechargement (secondes)', 'Delay before reload (seconds)') },
  redirects: { label: w('Envoie vers une autre page', 'Sends to another page') },
  // Journey
  claimed: { label: w('Nombre d’étapes annoncé', 'Number of steps stated') },
  seen: { label: w('Écrans vus', 'Screens seen') },
  screens: { label: w('Écrans avec un formulaire', 'Screens with a form') },
  totals: { label: w('Totaux annoncés', 'Totals stated') },
  limit: { label: w('Limite', 'Limit') },
  notChecked: { label: w('Étapes non vérifiées', 'Steps not checked'), steps: 'list' },
  stepsCompared: { label: w('Étapes comparées', 'Steps compared') },
  firstStep: { label: w('Demandé une première fois à l’étape', 'First asked at step'), steps: 'one' },
  firstLabel: { label: w('Libellé la première fois', 'Label the first time') },
  firstAutocomplete: { label: w('Remplissage automatique la première fois', 'Autofill the first time') },
  reference: { label: w('Numéro de dossier ou accusé de réception', 'Reference number or receipt') },
  kind: { label: w('Information déjà connue de l’administration', 'Item the administration already holds'), values: wordsOf(ALREADY_KNOWN_TEXT) },
  colour: { label: w('Couleur de l’Observatoire', 'Observatoire colour'), values: COLOURS },
  // Language
  lang: { label: w('Langue du texte', 'Language of the text'), values: LANGS },
  excerpt: { label: w('Extrait', 'Excerpt') },
  words: { label: w('Mots', 'Words') },
  sentences: { label: w('Phrases', 'Sentences') },
  longSentences: { label: w('Phrases trop longues', 'Sentences too long') },
  profile: {
    label: w('Public visé', 'Audience'),
    values: { general: w('grand public', 'general public'), falc: w('FALC (facile à lire et à comprendre)', 'easy-to-read') },
  },
  level: { label: w('Niveau', 'Level') },
  score: { label: w('Score de lisibilité', 'Readability score') },
  lix: { label: w('Indice LIX', 'LIX index') },
  threshold: { label: w('Seuil', 'Threshold') },
  terms: { label: w('Termes', 'Terms') },
  plain: { label: w('Mots simples proposés', 'Plain words suggested') },
  acronyms: { label: w('Sigles', 'Acronyms') },
  numbers: { label: w('Nombres en lettres', 'Numbers in words') },
  phrase: { label: w('Tournure', 'Phrase') },
  form: { label: w('Forme écrite', 'Form written') },
  suggestion: { label: w('Forme proposée', 'Suggested form') },
  ariaName: { label: w('Nom donné par aria-label', 'Name given by aria-label') },
  title: { label: w('Infobulle (title)', 'Tooltip (title)') },
  moreOnPage: { label: w('Autres cas sur la page', 'More on the page') },
};

/** The evidence of one element, as label/value pairs in the report's language. */
export function evidenceEntries(evidence: Evidence | undefined, lang: Lang): Array<[string, string]> {
  if (!evidence) return [];
  const out: Array<[string, string]> = [];
  for (const [key, raw] of Object.entries(evidence)) {
    if (raw === null || raw === '' || HIDDEN_EVIDENCE_KEYS.has(key)) continue;
    const text = EVIDENCE_KEYS[key];
    // A key this version does not know (a report from a newer version): shown rather than lost.
    if (!text) {
      out.push([key, formatPlain(raw, lang)]);
      continue;
    }
    out.push([text.label[lang], formatValue(text, raw, lang)]);
  }
  return out;
}

function formatValue(text: KeyText, raw: string | number | boolean, lang: Lang): string {
  if (text.steps && (typeof raw === 'number' || typeof raw === 'string')) {
    const steps = String(raw).split(',').map((s) => Number(s.trim()));
    if (steps.every((n) => Number.isInteger(n) && n >= 0)) return steps.map((n) => String(n + 1)).join(', ');
  }
  if (typeof raw === 'string' && text.values) {
    const word = (code: string) => text.values?.[code]?.[lang] ?? code;
    return text.list ? raw.split(',').map((s) => word(s.trim())).join(', ') : word(raw);
  }
  return formatPlain(raw, lang);
}
