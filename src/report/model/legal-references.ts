import type { BarrierId, Lang } from '../../engine/model';
import { WCAG_22_ONLY, WCAG_AAA } from './wcag-levels';

/**
 * The legal and standard texts a barrier can be filed under. This is data for reviewers: a lawyer
 * or an advocate should be able to read and correct it without reading code. `jurisdiction`
 * lets a draft to the Défenseur des droits leave out Belgian law, and the reverse.
 */
export type Jurisdiction = 'fr' | 'be' | 'eu' | 'intl';

export interface LegalReference {
  id: string;
  jurisdiction: Jurisdiction;
  label: Readonly<Record<Lang, string>>;
  url?: string;
}

/**
 * What a citation says after a WCAG criterion the law does not require (wcag-levels.ts): the one
 * wording for the labels below and for the criteria a filing reads from a rule's tags.
 */
const LEVEL_NOTE = {
  aaa: { fr: 'niveau AAA, non exigé par le RGAA ni l’EN 301 549 : bonne pratique', en: 'level AAA, not required by the RGAA or EN 301 549: good practice' },
  new: { fr: 'ajouté par WCAG 2.2 : pas encore exigé par le RGAA 4.1 ni l’EN 301 549 v3.2.1', en: 'new in WCAG 2.2: not yet required by the RGAA 4.1 or EN 301 549 v3.2.1' },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

const REFS = {
  'fr-loi-2005-102-art-47': {
    jurisdiction: 'fr',
    label: {
      fr: 'Loi n° 2005-102 du 11 février 2005, article 47 (accessibilité des services publics en ligne)',
      en: 'French law 2005-102 of 11 February 2005, article 47 (accessibility of online public services)',
    },
    url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000038811937',
  },
  'fr-rgaa-4-1': {
    jurisdiction: 'fr',
    label: { fr: "RGAA 4.1 (référentiel général d’amélioration de l’accessibilité)", en: 'RGAA 4.1 (French accessibility standard)' },
    url: 'https://accessibilite.numerique.gouv.fr/',
  },
  'fr-ce-2022-452798': {
    jurisdiction: 'fr',
    label: {
      fr: "Conseil d’État, 3 juin 2022, n° 452798 : une démarche seulement en ligne doit garder une autre voie d’accès",
      en: "Conseil d'État (France), 3 June 2022, no. 452798: an online-only procedure must keep another way in",
    },
  },
  // "Dites-le-nous une fois": a person need not give again what they already gave the same
  // administration or one sharing data with it. The page cannot see which administration holds
  // what, so already-known-data needs review and cites these as the principle to check against.
  'fr-crpa-l113-12': {
    jurisdiction: 'fr',
    label: {
      fr: 'Code des relations entre le public et l’administration, article L113-12 : ne pas redemander une information déjà fournie à la même administration ou à une administration qui échange avec elle (« Dites-le-nous une fois »)',
      en: 'French Code of relations between the public and the administration, article L113-12: not asking again for information already given to the same administration or one that shares data with it ("tell us once")',
    },
  },
  'be-loi-2014-05-05': {
    jurisdiction: 'be',
    label: {
      fr: 'Loi belge du 5 mai 2014 garantissant le principe de la collecte unique des données (« only once »)',
      en: 'Belgian law of 5 May 2014 guaranteeing the principle of collecting data only once ("only once")',
    },
  },
  'be-loi-2018-07-19': {
    jurisdiction: 'be',
    label: {
      fr: 'Loi belge du 19 juillet 2018 sur l’accessibilité des sites internet et applications des organismes publics',
      en: 'Belgian law of 19 July 2018 on the accessibility of public sector websites and apps',
    },
  },
  'be-loi-2007-05-10': {
    jurisdiction: 'be',
    label: {
      fr: 'Loi belge du 10 mai 2007 contre certaines formes de discrimination (aménagements raisonnables)',
      en: 'Belgian law of 10 May 2007 against certain forms of discrimination (reasonable accommodation)',
    },
  },
  'eu-directive-2016-2102': {
    jurisdiction: 'eu',
    label: {
      fr: 'Directive (UE) 2016/2102 sur l’accessibilité des sites internet des organismes du secteur public',
      en: 'Directive (EU) 2016/2102 on the accessibility of public sector websites',
    },
    url: 'https://eur-lex.europa.eu/eli/dir/2016/2102/oj',
  },
  // Art. 7(1): the statement explains what is not accessible and why, gives any accessible
  // alternative, a feedback mechanism and a link to the enforcement procedure (official text,
  // eur-lex.europa.eu/eli/dir/2016/2102/oj).
  'eu-directive-2016-2102-art-7': {
    jurisdiction: 'eu',
    label: {
      fr: 'Directive (UE) 2016/2102, article 7 : la déclaration d’accessibilité explique ce qui n’est pas accessible, donne un moyen de le signaler et la voie de recours',
      en: 'Directive (EU) 2016/2102, article 7: the accessibility statement explains what is not accessible, gives a way to report it and the way to complain',
    },
    url: 'https://eur-lex.europa.eu/eli/dir/2016/2102/oj',
  },
  // Art. 6 applies to the procedures of its Annex II (birth certificate, residence, student
  // finance, pension, vehicle registration...). 6(1): they can be done fully online; 6(2)(b): the
  // user then gets an automatic acknowledgement of receipt. It is no ground against uploads (6(2)(a)
  // asks that evidence can be given electronically) nor against asking known data (the once-only
  // principle is art. 14, for cross-border exchange). Official text: eur-lex.europa.eu/eli/reg/2018/1724/oj.
  'eu-sdg-2018-1724-art-6': {
    jurisdiction: 'eu',
    label: {
      fr: 'Règlement (UE) 2018/1724 (portail numérique unique), article 6, paragraphe 2, point b) : accusé de réception automatique, pour les démarches de son annexe II',
      en: 'Regulation (EU) 2018/1724 (single digital gateway), article 6(2)(b): automatic acknowledgement of receipt, for the procedures of its Annex II',
    },
    url: 'https://eur-lex.europa.eu/eli/reg/2018/1724/oj',
  },
  'eu-sdg-2018-1724-art-10': {
    jurisdiction: 'eu',
    label: {
      fr: 'Règlement (UE) 2018/1724, article 10 : informer à l’avance des étapes et des pièces à fournir',
      en: 'Regulation (EU) 2018/1724, article 10: information in advance on steps and documents',
    },
    url: 'https://eur-lex.europa.eu/eli/reg/2018/1724/oj',
  },
  // Art. 13 protects cross-border users: a procedure open online to a country's own residents must
  // be open to users from other member states, who must be able to identify themselves and give the
  // information asked (13(2)). So it is cited where a national-only means shuts them out (a national
  // digital identity, a national mobile number, a national format), not for an e-mail address.
  'eu-sdg-2018-1724-art-13': {
    jurisdiction: 'eu',
    label: {
      fr: 'Règlement (UE) 2018/1724, article 13 : une démarche ouverte en ligne aux résidents doit l’être aux usagers des autres pays de l’UE (s’identifier, fournir les informations demandées)',
      en: 'Regulation (EU) 2018/1724, article 13: a procedure open online to residents must be open to users from other EU countries (identifying themselves, giving the information asked)',
    },
    url: 'https://eur-lex.europa.eu/eli/reg/2018/1724/oj',
  },
  'en-301-549': {
    jurisdiction: 'eu',
    label: { fr: 'Norme EN 301 549 v3.2.1', en: 'Standard EN 301 549 v3.2.1' },
  },
  // WCAG 2.2 (https://www.w3.org/TR/WCAG22/). The label says the level when the law does not
  // require the criterion (wcag-levels.ts).
  ...wcag('1.1.1', 'Contenu non textuel (dont les captchas)', 'Non-text content (including captchas)'),
  ...wcag('1.3.5', 'Identifier la finalité des champs', 'Identify input purpose'),
  ...wcag('1.4.10', 'Redistribution (affichage sur petit écran)', 'Reflow'),
  ...wcag('2.2.1', 'Réglage du délai', 'Timing adjustable'),
  ...wcag('2.4.8', 'Localisation (savoir où on est)', 'Location'),
  ...wcag('3.1.5', 'Niveau de lecture', 'Reading level'),
  ...wcag('3.3.1', 'Identification des erreurs', 'Error identification'),
  ...wcag('3.3.2', 'Étiquettes ou instructions', 'Labels or instructions'),
  ...wcag('3.3.3', 'Suggestion après une erreur', 'Error suggestion'),
  ...wcag('3.3.4', 'Prévention des erreurs', 'Error prevention'),
  ...wcag('3.3.7', 'Saisie redondante', 'Redundant entry'),
  // 3.3.8 is about cognitive function tests (remembering a password, solving a puzzle) in a
  // sign-in step: a captcha, not the mere need for an account or a digital identity.
  ...wcag('3.3.8', 'Authentification accessible (minimum)', 'Accessible authentication (minimum)'),
} satisfies Record<string, Omit<LegalReference, 'id'>>;

export type LegalReferenceId = keyof typeof REFS;

function levelOf(sc: string): keyof typeof LEVEL_NOTE | undefined {
  return WCAG_AAA.has(sc) ? 'aaa' : WCAG_22_ONLY.has(sc) ? 'new' : undefined;
}

function wcag<S extends string>(sc: S, fr: string, en: string): Record<`wcag-${S}`, Omit<LegalReference, 'id'>> {
  const level = levelOf(sc);
  const note = (lang: Lang) => (level ? ` (${LEVEL_NOTE[level][lang]})` : '');
  return {
    [`wcag-${sc}`]: {
      jurisdiction: 'intl',
      label: { fr: `WCAG 2.2, critère ${sc} : ${fr}${note('fr')}`, en: `WCAG 2.2, success criterion ${sc}: ${en}${note('en')}` },
      url: 'https://www.w3.org/TR/WCAG22/',
    },
  } as Record<`wcag-${S}`, Omit<LegalReference, 'id'>>;
}

/**
 * WCAG criteria cited by number only (read from a rule's tags), one line per level: those the law
 * requires, then those it does not yet or never requires, each with its note. At most `max` per line.
 */
export function wcagCriteriaLabels(criteria: readonly string[], lang: Lang, max = Infinity): string[] {
  const colon = lang === 'fr' ? ' : ' : ': ';
  const lines: string[] = [];
  for (const level of [undefined, 'new', 'aaa'] as const) {
    const listed = [...new Set(criteria)].filter((sc) => levelOf(sc) === level).slice(0, max);
    if (listed.length) lines.push(`WCAG 2.2${level ? ` (${LEVEL_NOTE[level][lang]})` : ''}${colon}${listed.join(', ')}`);
  }
  return lines;
}

const ACCESSIBILITY_LAW = ['fr-loi-2005-102-art-47', 'be-loi-2018-07-19', 'eu-directive-2016-2102'] as const;
const ONLINE_ONLY = ['fr-ce-2022-452798', 'be-loi-2007-05-10'] as const;

/**
 * Which texts each barrier can be filed under. Most specific first. Not cited, on purpose: WCAG
 * 3.3.8 for an account or a digital identity (it covers cognitive tests only, see above); WCAG
 * 3.2.6 Consistent help for a missing phone or counter (it only asks that help offered sits in the
 * same place on every page); the SDG regulation's art. 6 for uploads or known data (see above).
 */
export const BARRIER_REFERENCES: Readonly<Record<BarrierId, readonly LegalReferenceId[]>> = {
  'account-required': [...ONLINE_ONLY, ...ACCESSIBILITY_LAW],
  'digital-identity-required': ['eu-sdg-2018-1724-art-13', ...ONLINE_ONLY],
  'email-required': [...ONLINE_ONLY],
  'mobile-phone-required': ['eu-sdg-2018-1724-art-13', ...ONLINE_ONLY],
  captcha: ['wcag-1.1.1', 'wcag-3.3.8', ...ACCESSIBILITY_LAW, 'en-301-549'],
  'document-upload': [...ONLINE_ONLY],
  'no-alternative-channel': [...ONLINE_ONLY],
  'online-only-appointment': [...ONLINE_ONLY],
  'time-limit': ['wcag-2.2.1', ...ACCESSIBILITY_LAW, 'en-301-549'],
  inaccessible: [...ACCESSIBILITY_LAW, 'fr-rgaa-4-1', 'en-301-549', 'be-loi-2007-05-10'],
  'not-mobile-friendly': ['wcag-1.4.10', ...ACCESSIBILITY_LAW],
  'complex-language': ['wcag-3.1.5', 'wcag-3.3.2'],
  'unclear-errors': ['wcag-3.3.1', 'wcag-3.3.3', ...ACCESSIBILITY_LAW],
  'rigid-input': ['wcag-3.3.3', 'wcag-1.3.5', 'eu-sdg-2018-1724-art-13'],
  'already-known-data': ['fr-crpa-l113-12', 'be-loi-2014-05-05'],
  'redundant-entry': ['wcag-3.3.7', ...ACCESSIBILITY_LAW],
  'step-navigation': ['wcag-2.4.8', 'wcag-3.3.4'],
  'missing-prior-information': ['eu-sdg-2018-1724-art-10', 'wcag-3.3.2'],
  'no-acknowledgement': ['eu-sdg-2018-1724-art-6'],
  'no-accessibility-statement': ['fr-loi-2005-102-art-47', 'eu-directive-2016-2102-art-7', 'be-loi-2018-07-19', 'fr-rgaa-4-1'],
};

const BY_ID = new Map(Object.entries(REFS).map(([id, ref]) => [id, Object.freeze({ id, ...ref }) as LegalReference]));

export function legalReference(id: LegalReferenceId): LegalReference {
  return BY_ID.get(id)!;
}

// Ten thousand findings share a handful of barrier combinations: compute each list once.
const listCache = new Map<string, readonly LegalReference[]>();

export function legalReferencesFor(barriers: readonly BarrierId[]): readonly LegalReference[] {
  const key = barriers.join(' ');
  let list = listCache.get(key);
  if (!list) {
    const ids: LegalReferenceId[] = [];
    for (const barrier of barriers) for (const id of BARRIER_REFERENCES[barrier]) if (!ids.includes(id)) ids.push(id);
    list = Object.freeze(ids.map(legalReference));
    listCache.set(key, list);
  }
  return list;
}
