import type { Lang } from '../../engine/model';

/**
 * Journey and page metrics are open records (their producers evolve): read them loosely. Numbers,
 * strings and booleans show as they are; nested records flatten to dotted keys; a record with a
 * `value` is an indicator, and its `level` (or `colour`) travels with it as a word, never as colour alone.
 */
export interface MetricView {
  key: string;
  label: string;
  value: string;
  level?: string;
}

const METRIC_LABELS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  fr: {
    steps: 'Nombre d’étapes',
    stepCount: 'Nombre d’étapes',
    'fields.total': 'Champs à remplir',
    'fields.required': 'Champs obligatoires',
    'fields.optional': 'Champs facultatifs',
    fields: 'Champs à remplir',
    requiredFields: 'Champs obligatoires',
    uploads: 'Documents à envoyer',
    frames: 'Cadres (iframes)',
    estimatedMinutes: 'Temps estimé (minutes)',
    effortMinutes: 'Temps estimé (minutes)',
    effort: 'Effort estimé',
    redundantFields: 'Informations demandées deux fois',
    lowerBound: 'Chiffres minimaux seulement (étapes non vérifiées)',
    'steps.notChecked': 'Étapes non vérifiées',
  },
  en: {
    steps: 'Number of steps',
    stepCount: 'Number of steps',
    'fields.total': 'Fields to fill in',
    'fields.required': 'Required fields',
    'fields.optional': 'Optional fields',
    fields: 'Fields to fill in',
    requiredFields: 'Required fields',
    uploads: 'Documents to upload',
    frames: 'Frames (iframes)',
    estimatedMinutes: 'Estimated time (minutes)',
    effortMinutes: 'Estimated time (minutes)',
    effort: 'Estimated effort',
    redundantFields: 'Information asked twice',
    lowerBound: 'Lower bounds only (steps not checked)',
    'steps.notChecked': 'Steps not checked',
  },
};

const MAX_DEPTH = 3;

export function metricViews(metrics: Readonly<Record<string, unknown>>, lang: Lang): MetricView[] {
  const out: MetricView[] = [];
  walk(metrics, '', 0, lang, out);
  return out;
}

function walk(record: Readonly<Record<string, unknown>>, prefix: string, depth: number, lang: Lang, out: MetricView[]): void {
  for (const [name, raw] of Object.entries(record)) {
    const key = prefix + name;
    const label = METRIC_LABELS[lang][key] ?? (typeof raw === 'object' && raw && 'label' in raw && typeof raw.label === 'string' ? raw.label : key);
    if (isScalar(raw)) {
      out.push({ key, label, value: formatScalar(raw, lang) });
    } else if (isRecord(raw) && isScalar(raw.value)) {
      const level = [raw.level, raw.colour, raw.color, raw.rating].find((x): x is string => typeof x === 'string');
      out.push({ key, label, value: formatScalar(raw.value, lang), ...(level ? { level } : {}) });
    } else if (isRecord(raw) && depth < MAX_DEPTH) {
      walk(raw, key + '.', depth + 1, lang, out);
    } else if (Array.isArray(raw)) {
      out.push({ key, label, value: String(raw.length) });
    }
  }
}

function isScalar(x: unknown): x is string | number | boolean {
  return typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function formatScalar(x: string | number | boolean, lang: Lang): string {
  if (typeof x === 'boolean') return lang === 'fr' ? (x ? 'oui' : 'non') : x ? 'yes' : 'no';
  if (typeof x === 'number') return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(x);
  return x;
}
