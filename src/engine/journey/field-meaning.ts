import { LANDLINE_MAY_DO } from '../rules/access/field-kind';

/**
 * What a field asks, read from its label and its `autocomplete` token: the journey compares
 * meanings across steps, not wording ("Courriel" on one step and "Adresse e-mail" on the next
 * ask the same thing). Pure string logic on page text, never on what a person typed.
 */

/** Lower case, no accents, no decoration ("*", "(obligatoire)"), no question wrapping. */
export function normalizeLabel(label: string): string {
  let text = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[’']/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  text = text.replace(/\b(obligatoire|facultatif|facultative|optionnel|optionnelle|optional|required)\b/g, ' ');
  for (const lead of LEADS) text = text.replace(lead, ' ');
  return text.replace(/\s+/g, ' ').trim();
}

const LEADS = [
  /^(quel|quelle|quels|quelles) (est|sont) /,
  /^(what|which) (is|are) /,
  /^(indiquez|saisissez|entrez|renseignez|precisez|veuillez indiquer|veuillez saisir|enter|give|provide|type) /,
  /\b(votre|vos|ton|ta|tes|your|you r)\b/g,
];

/** Words that mark a field as "type it again" rather than a new question. */
const CONFIRMATION = /\b(confirm\w*|retap\w*|resaisi\w*|re saisi\w*|repet\w*|again|re enter|retype|verification)\b/;
export function isConfirmationLabel(normalized: string): boolean {
  return CONFIRMATION.test(normalized);
}

/**
 * Concepts, most specific first. `strong` patterns may appear anywhere in the label; `exact`
 * synonyms must be the whole label, because short words ("nom", "adresse", "name") also occur
 * inside other questions ("nom de la commune", "adresse de l'employeur").
 */
interface Concept {
  id: string;
  strong?: RegExp;
  exact?: readonly string[];
}

const CONCEPTS: readonly Concept[] = [
  { id: 'password', strong: /\b(mot de passe|password|passphrase)\b/ },
  { id: 'one-time-code', strong: /\b(code (recu|envoye|de verification|de confirmation|sms)|one time code|verification code|security code)\b/ },
  { id: 'email', strong: /\b(e ?mail|courriel|adresse electronique|adresse de messagerie|mel)\b/ },
  { id: 'nir', strong: /\b(securite sociale|nir|social security|national insurance)\b/ },
  { id: 'national-register', strong: /\b(registre national|niss|rijksregister\w*|national register)\b/ },
  { id: 'tax-number', strong: /\b(numero fiscal|identifiant fiscal|spi|tax (reference|identification|number)|utr)\b/ },
  { id: 'caf-number', strong: /\b(allocataire|numero caf|numero msa)\b/ },
  { id: 'iban', strong: /\b(iban|bic|rib|coordonnees bancaires|bank account|sort code|releve d identite bancaire)\b/ },
  { id: 'siret', strong: /\b(siret|siren|numero d entreprise|bce|kbo|company (registration )?number)\b/ },
  { id: 'vat-number', strong: /\b(tva intracommunautaire|numero de tva|vat number)\b/ },
  { id: 'birth-date', strong: /\b(date de naissance|ne le|nee le|ne e le|date of birth|birth ?date|birthday)\b/ },
  { id: 'birth-place', strong: /\b(lieu de naissance|commune de naissance|ville de naissance|pays de naissance|place of birth|country of birth)\b/ },
  { id: 'usage-name', strong: /\b(nom d usage|nom marital|nom d epouse|married name)\b/ },
  { id: 'family-name', strong: /\b(nom de famille|nom de naissance|last name|surname|family name)\b/, exact: ['nom', 'noms'] },
  { id: 'given-name', strong: /\b(prenoms?|first name|given names?|forenames?)\b/ },
  { id: 'full-name', strong: /\b(nom et prenom|nom prenom|nom complet|full name)\b/, exact: ['name', 'names'] },
  // "Fixe ou portable", "de préférence un mobile": a landline is (or may be) accepted, so any phone,
  // read with the wording the page rule mobile-phone-required reads, so the two agree.
  { id: 'phone', strong: LANDLINE_MAY_DO },
  { id: 'mobile-phone', strong: /\b(portable|mobile|cell ?phone|gsm)\b/ },
  { id: 'phone', strong: /\b(telephone|phone|tel)\b/ },
  { id: 'postal-code', strong: /\b(code postal|postcode|post code|zip( code)?)\b/ },
  { id: 'city', exact: ['ville', 'commune', 'localite', 'city', 'town', 'town or city', 'ville ou commune'] },
  { id: 'country', exact: ['pays', 'country', 'pays de residence', 'country of residence'] },
  { id: 'nationality', strong: /\b(nationalite|nationality|citizenship)\b/ },
  { id: 'address-line', strong: /\b(adresse postale|numero et (nom de la )?(rue|voie)|street address|address line 1|postal address|home address)\b/, exact: ['adresse', 'address', 'rue', 'street', 'adresse du domicile', 'domicile'] },
  { id: 'sex', exact: ['sexe', 'civilite', 'genre', 'sex', 'gender', 'title'] },
];

const AUTOCOMPLETE_CONCEPT: Readonly<Record<string, string>> = {
  email: 'email',
  'family-name': 'family-name',
  'given-name': 'given-name',
  name: 'full-name',
  bday: 'birth-date',
  'bday-day': 'birth-date',
  'bday-month': 'birth-date',
  'bday-year': 'birth-date',
  tel: 'phone',
  'tel-national': 'phone',
  'tel-local': 'phone',
  'street-address': 'address-line',
  'address-line1': 'address-line',
  'postal-code': 'postal-code',
  'address-level2': 'city',
  country: 'country',
  'country-name': 'country',
  sex: 'sex',
  'honorific-prefix': 'sex',
  'new-password': 'password',
  'current-password': 'password',
  'one-time-code': 'one-time-code',
};

/** Concepts asked again on purpose (security: WCAG 3.3.7 exempts them), never "redundant". */
export const NEVER_REDUNDANT = new Set(['password', 'one-time-code']);

const HINT_TOKENS = new Set(['shipping', 'billing', 'home', 'work', 'fax', 'pager', 'webauthn']);

/**
 * The field-name token of an `autocomplete` attribute ("section-a shipping email" -> "email"),
 * keeping "mobile" since a mobile number is its own requirement. Null for on/off or nothing.
 */
export function autocompleteToken(value: string | null): string | null {
  if (!value) return null;
  const tokens = value.trim().toLowerCase().split(/\s+/).filter((t) => t && !t.startsWith('section-') && !HINT_TOKENS.has(t));
  const mobile = tokens.includes('mobile');
  const last = tokens.filter((t) => t !== 'mobile').pop();
  if (!last || last === 'on' || last === 'off') return null;
  return mobile && last.startsWith('tel') ? `mobile ${last}` : last;
}

/** The concept a field asks for: autocomplete first (authors state it), then label meaning. */
export function conceptOf(token: string | null, normalized: string, type: string | null): string | null {
  if (token) {
    if (token.startsWith('mobile ')) return 'mobile-phone';
    const fromToken = AUTOCOMPLETE_CONCEPT[token];
    if (fromToken) return fromToken;
  }
  if (type === 'email') return 'email';
  if (type === 'password') return 'password';
  const unconfirmed = normalized.replace(CONFIRMATION, ' ').replace(/\s+/g, ' ').trim();
  for (const concept of CONCEPTS) {
    if (concept.exact?.includes(unconfirmed)) return concept.id;
    if (concept.strong?.test(normalized)) return concept.id;
  }
  if (type === 'tel') return 'phone';
  return null;
}

/** Numbers a person must go and find on a paper, a card or an account: about a minute each. */
const LOOK_UP = new Set(['nir', 'national-register', 'tax-number', 'caf-number', 'iban', 'siret', 'vat-number']);
const LOOK_UP_LABEL = /\b(numero (de )?(dossier|client|adherent|identifiant|passeport|carte)|identifiant france travail|pole emploi|reference de l avis|numero d ordre|passport number|reference number|customer number|membership number)\b/;

export function isLookUp(concept: string | null, normalized: string): boolean {
  return (concept !== null && LOOK_UP.has(concept)) || LOOK_UP_LABEL.test(normalized);
}

/**
 * Items the administration already holds ("Dites-le-nous une fois", DOMAIN.md §2): numbers it
 * issued, and documents another administration can send it directly.
 */
export const ALREADY_KNOWN_KINDS = [
  'tax-number',
  'tax-notice',
  'nir',
  'national-register',
  'caf-number',
  'caf-certificate',
  'france-travail-id',
  'proof-of-address',
  'siret',
] as const;
export type AlreadyKnownKind = (typeof ALREADY_KNOWN_KINDS)[number];

const ALREADY_KNOWN_LABEL: ReadonlyArray<[AlreadyKnownKind, RegExp]> = [
  ['tax-notice', /\b(avis d (imposition|impot|non imposition)|avis de situation declarative|tax (notice|return|assessment))\b/],
  ['caf-certificate', /\b(attestation (caf|de paiement|de droits|msa)|quotient familial)\b/],
  ['proof-of-address', /\b(justificatif de domicile|preuve de domicile|justificatif d adresse|proof of address)\b/],
  ['france-travail-id', /\b(identifiant (france travail|pole emploi)|numero (france travail|pole emploi))\b/],
];

export function alreadyKnownOf(concept: string | null, normalized: string): AlreadyKnownKind | undefined {
  for (const [kind, pattern] of ALREADY_KNOWN_LABEL) if (pattern.test(normalized)) return kind;
  if (concept && (ALREADY_KNOWN_KINDS as readonly string[]).includes(concept)) return concept as AlreadyKnownKind;
  return undefined;
}

/** Names of already-known items for reports and the panel, French first. */
export const ALREADY_KNOWN_TEXT: Readonly<Record<'fr' | 'en', Readonly<Record<AlreadyKnownKind, string>>>> = {
  fr: {
    'tax-number': 'numéro fiscal',
    'tax-notice': "avis d’imposition",
    nir: 'numéro de sécurité sociale',
    'national-register': 'numéro de registre national',
    'caf-number': "numéro d’allocataire",
    'caf-certificate': 'attestation CAF ou quotient familial',
    'france-travail-id': 'identifiant France Travail',
    'proof-of-address': 'justificatif de domicile',
    siret: 'numéro SIRET ou SIREN',
  },
  en: {
    'tax-number': 'tax number',
    'tax-notice': 'tax notice',
    nir: 'social security number',
    'national-register': 'national register number',
    'caf-number': 'family benefits (CAF) number',
    'caf-certificate': 'family benefits certificate',
    'france-travail-id': 'France Travail identifier',
    'proof-of-address': 'proof of address',
    siret: 'SIRET or SIREN number',
  },
};

/**
 * Whose information a field asks: the same label for two people ("Nom" of the applicant, "Nom"
 * of the partner) is two questions, not one asked twice. Numbers keep "Enfant 1" and "Enfant 2"
 * apart. Anything unmarked is taken as the applicant's own.
 */
const SUBJECTS: ReadonlyArray<[string, RegExp]> = [
  ['partner', /\b(conjoint|conjointe|epoux|epouse|partenaire|concubin|concubine|co demandeur|codemandeur|spouse|partner|husband|wife)\b/],
  ['child', /\b(enfants?|fils|fille|child|children|daughter|dependants?)\b/],
  ['parent', /\b(pere|mere|parents?|father|mother)\b/],
  ['representative', /\b(representant|representante|mandataire|tuteur|tutrice|curateur|curatrice|tiers|aidant|aidante|representative|guardian|third party|someone else|autre personne)\b/],
  ['organisation', /\b(entreprise|societe|employeur|organisme|bailleur|proprietaire|etablissement|employer|company|landlord|organisation|organization)\b/],
  ['contact', /\b(personne a contacter|contact d urgence|emergency contact|referent|referente)\b/],
];

export function subjectOf(contexts: readonly string[]): string {
  for (const context of contexts) {
    const normalized = normalizeLabel(context);
    for (const [subject, pattern] of SUBJECTS) {
      if (!pattern.test(normalized)) continue;
      const number = /\b(\d+)\b/.exec(normalized)?.[1];
      return number ? `${subject}:${number}` : subject;
    }
  }
  return 'applicant';
}
