import type { Impact, Lang } from '../../engine/model';

/** Headings and words shared by every export, so that HTML, Markdown and the report page agree. */
export interface ReportLabels {
  reportTitle: string;
  procedure: string;
  page: string;
  pages: string;
  date: string;
  tool: string;
  summary: string;
  summaryIntro: string;
  confirmed: string;
  toCheck: string;
  noBarrierTitle: string;
  noBarrierText: string;
  humanChecksTitle: string;
  humanChecksIntro: string;
  barriers: string;
  whoIsBlocked: string;
  finding: string;
  rule: string;
  outcome: string;
  outcomes: Readonly<Record<'fail' | 'review', string>>;
  impact: string;
  impacts: Readonly<Record<Impact, string>>;
  elements: string;
  selector: string;
  html: string;
  evidence: string;
  message: string;
  references: string;
  wcag: string;
  rgaa: string;
  en301549: string;
  legal: string;
  observations: string;
  observationsIntro: string;
  noObservations: string;
  journey: string;
  steps: string;
  metrics: string;
  metric: string;
  value: string;
  appendix: string;
  appendixIntro: string;
  source: string;
  skippedFrames: string;
  errors: string;
  noGrade: string;
  step: string;
  journeyWide: string;
  general: string;
  stepCount: string;
  /** A step that could not be audited, before its reason. */
  notChecked: string;
  notCheckedCount: string;
  notCheckedNote: string;
  more: string;
}

export const LABELS: Readonly<Record<Lang, ReportLabels>> = {
  fr: {
    reportTitle: 'Rapport Balise',
    procedure: 'Démarche',
    page: 'Page',
    pages: 'Pages vérifiées',
    date: 'Date',
    tool: 'Outil',
    summary: 'En bref',
    summaryIntro: 'Ce qui bloque, et qui, en commençant par le plus grave.',
    confirmed: 'Constaté',
    toCheck: 'À vérifier',
    noBarrierTitle: 'Aucun obstacle détecté automatiquement',
    noBarrierText: 'Cela ne veut pas dire que la démarche est accessible : ces vérifications demandent une personne.',
    humanChecksTitle: 'Ce qu’un outil ne peut pas voir',
    humanChecksIntro: 'Ces points demandent une personne :',
    barriers: 'Les obstacles',
    whoIsBlocked: 'Qui est bloqué',
    finding: 'Constat',
    rule: 'Règle',
    outcome: 'Résultat',
    outcomes: { fail: 'Constaté', review: 'À vérifier' },
    impact: 'Gravité',
    impacts: { critical: 'bloquant', serious: 'grave', moderate: 'moyen', minor: 'léger' },
    elements: 'Éléments concernés',
    selector: 'Sélecteur',
    html: 'Code HTML (sans valeurs)',
    evidence: 'Preuve',
    message: 'Détail',
    references: 'Références',
    wcag: 'WCAG 2.2',
    rgaa: 'RGAA 4.1',
    en301549: 'EN 301 549',
    legal: 'Textes',
    observations: 'Observations d’une personne',
    observationsIntro: 'Notes prises par la personne qui a fait la vérification, à part des constats automatiques.',
    noObservations: 'Aucune observation notée.',
    journey: 'Parcours de la démarche',
    steps: 'Étapes',
    metrics: 'Mesures du parcours',
    metric: 'Mesure',
    value: 'Valeur',
    appendix: 'Annexe technique',
    appendixIntro: 'Pour l’équipe qui corrige le site : règles, références et sélecteurs.',
    source: 'Source',
    skippedFrames: 'Cadres non vérifiés',
    errors: 'Erreurs pendant la vérification',
    noGrade: 'Ce rapport ne donne pas de note globale : il décrit des obstacles.',
    step: 'Étape',
    journeyWide: 'Tout le parcours',
    general: 'Général',
    stepCount: '{n, plural, one {# étape} other {# étapes}}',
    notChecked: 'Non vérifiée',
    notCheckedCount: '{n, plural, one {dont # non vérifiée} other {dont # non vérifiées}}',
    notCheckedNote:
      '{n, plural, one {Une étape n’a pas pu être vérifiée (voir le parcours) : ce rapport ne dit rien de ce qu’elle demande. Les mesures du parcours sont donc des minimums, et un constat qui dépend d’elle est « à vérifier », jamais « constaté ».} other {# étapes n’ont pas pu être vérifiées (voir le parcours) : ce rapport ne dit rien de ce qu’elles demandent. Les mesures du parcours sont donc des minimums, et un constat qui dépend d’elles est « à vérifier », jamais « constaté ».}}',
    more: 'et {n} de plus',
  },
  en: {
    reportTitle: 'Balise report',
    procedure: 'Procedure',
    page: 'Page',
    pages: 'Pages checked',
    date: 'Date',
    tool: 'Tool',
    summary: 'In short',
    summaryIntro: 'What blocks whom, most serious first.',
    confirmed: 'Found',
    toCheck: 'To check',
    noBarrierTitle: 'No barrier detected automatically',
    noBarrierText: 'This does not mean the procedure is accessible: these checks need a person.',
    humanChecksTitle: 'What a tool cannot see',
    humanChecksIntro: 'These points need a person:',
    barriers: 'The barriers',
    whoIsBlocked: 'Who is blocked',
    finding: 'Finding',
    rule: 'Rule',
    outcome: 'Outcome',
    outcomes: { fail: 'Found', review: 'To check' },
    impact: 'Severity',
    impacts: { critical: 'blocking', serious: 'serious', moderate: 'moderate', minor: 'minor' },
    elements: 'Elements concerned',
    selector: 'Selector',
    html: 'HTML code (values removed)',
    evidence: 'Evidence',
    message: 'Detail',
    references: 'References',
    wcag: 'WCAG 2.2',
    rgaa: 'RGAA 4.1',
    en301549: 'EN 301 549',
    legal: 'Texts',
    observations: 'Observations by a person',
    observationsIntro: 'Notes taken by the person who did the check, kept apart from automated findings.',
    noObservations: 'No observation noted.',
    journey: 'Procedure journey',
    steps: 'Steps',
    metrics: 'Journey measures',
    metric: 'Measure',
    value: 'Value',
    appendix: 'Technical appendix',
    appendixIntro: 'For the team that fixes the site: rules, references and selectors.',
    source: 'Source',
    skippedFrames: 'Frames not checked',
    errors: 'Errors during the check',
    noGrade: 'This report gives no overall grade: it describes barriers.',
    step: 'Step',
    journeyWide: 'Whole journey',
    general: 'General',
    stepCount: '{n, plural, one {# step} other {# steps}}',
    notChecked: 'Not checked',
    notCheckedCount: '{n} of them not checked',
    notCheckedNote:
      '{n, plural, one {One step could not be checked (see the journey): this report says nothing of what it asks. The journey measures are therefore lower bounds, and a finding that depends on it is "to check", never "found".} other {# steps could not be checked (see the journey): this report says nothing of what they ask. The journey measures are therefore lower bounds, and a finding that depends on them is "to check", never "found".}}',
    more: 'and {n} more',
  },
};
