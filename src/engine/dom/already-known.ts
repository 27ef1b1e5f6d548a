/**
 * Items the administration already holds or can fetch from another one ("Dites-le-nous une
 * fois", the French Observatoire's count). Matched on what the page says about a field (label,
 * hint, legend), French, Belgian and English wording. `item` is the plain name shown in reports.
 */
export interface KnownItem {
  id: string;
  item: { fr: string; en: string };
  pattern: RegExp;
  /** Only a file field asks for this one: "avis d’imposition" in a text label is a tax number question. */
  uploadOnly?: boolean;
}

export const KNOWN_ITEMS: readonly KnownItem[] = [
  {
    id: 'tax-number',
    item: { fr: 'le numéro fiscal', en: 'the tax number' },
    pattern: /num[ée]ro\s+fiscal|identifiant\s+fiscal|num[ée]ro\s+d['’]identification\s+fiscale|\bSPI\b|unique\s+taxpayer\s+reference|\bUTR\b|tax\s+(?:reference|identification)\s+number/i,
  },
  {
    id: 'social-security-number',
    item: { fr: 'le numéro de sécurité sociale', en: 'the social security number' },
    pattern: /num[ée]ro\s+de\s+s[ée]curit[ée]\s+sociale|\bNIR\b|national\s+insurance\s+number|social\s+security\s+number|\bNISS\b/i,
  },
  {
    id: 'caf-number',
    item: { fr: "le numéro d’allocataire CAF", en: 'the CAF family-benefits number' },
    pattern: /num[ée]ro\s+(?:d['’])?allocataire|num[ée]ro\s+(?:de\s+)?CAF\b|matricule\s+CAF/i,
  },
  {
    id: 'national-register-number',
    item: { fr: 'le numéro de registre national', en: 'the national register number' },
    pattern: /registre\s+national|rijksregisternummer|national\s+register\s+number/i,
  },
  {
    id: 'tax-notice',
    item: { fr: "l’avis d’imposition", en: 'the tax notice' },
    pattern: /avis\s+(?:de\s+non[-\s])?d['’]?imposition|avis\s+d['’]imp[ôo]t|tax\s+(?:notice|assessment|return)|\bSA302\b|avertissement[-\s]extrait\s+de\s+r[ôo]le/i,
    uploadOnly: true,
  },
  {
    id: 'proof-of-address',
    item: { fr: 'un justificatif de domicile', en: 'a proof of address' },
    pattern: /justificatif\s+de\s+domicile|preuve\s+de\s+domicile|proof\s+of\s+address/i,
  },
];

/** Questions about an item ("Why can't you provide...") or warnings ("Do not include...") do not ask for it. */
const NOT_ASKING = /\bwhy\b|pourquoi|can['’]?t|cannot|do\s+not\s+(?:include|enter)|don['’]t\s+(?:include|have)|n['’]indiquez\s+pas|ne\s+(?:pas|jamais)\s+(?:indiquer|saisir)|si\s+vous\s+n['’]avez\s+pas|if\s+you\s+do\s+not\s+have/i;

/**
 * The first known item a field asks for, from its label and legend (not its hint: hints often
 * say where to find a number, or warn not to type one) and whether it takes a file.
 */
export function matchKnownItem(text: string, isUpload: boolean): KnownItem | null {
  if (NOT_ASKING.test(text)) return null;
  for (const known of KNOWN_ITEMS) {
    if (known.uploadOnly && !isUpload) continue;
    if (known.pattern.test(text)) return known;
  }
  return null;
}
