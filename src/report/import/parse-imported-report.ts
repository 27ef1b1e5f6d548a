import { REPORT_SCHEMA_ID, ReportSchema, type Lang, type Report } from '../../engine/model';

/**
 * Opens a report file a person chose. Pure: it reads text and answers; storing the report is the
 * caller's job, and only after `ok`, so a refused file touches nothing. Each refusal says why, in
 * both languages, without quoting the file (it may hold anything).
 */
export type ImportRefusal = 'too-large' | 'not-json' | 'not-a-report' | 'other-version' | 'invalid';

export type ImportResult =
  | { ok: true; report: Report }
  | { ok: false; code: ImportRefusal; reason: Readonly<Record<Lang, string>>; details?: string[] };

/** Far above any real report (10,000 findings is a few MB), far below what freezes a tab. */
export const MAX_IMPORT_CHARS = 50_000_000;

const REASONS: Readonly<Record<ImportRefusal, Readonly<Record<Lang, string>>>> = {
  'too-large': { fr: 'Ce fichier est trop gros pour être un rapport Balise.', en: 'This file is too large to be a Balise report.' },
  'not-json': { fr: 'Ce fichier n’est pas un rapport Balise : ce n’est pas du JSON valide.', en: 'This file is not a Balise report: it is not valid JSON.' },
  'not-a-report': { fr: 'Ce fichier JSON ne vient pas de Balise.', en: 'This JSON file does not come from Balise.' },
  'other-version': {
    fr: 'Ce rapport vient d’une autre version de Balise ({version}) : cette version lit seulement {expected}.',
    en: 'This report comes from another version of Balise ({version}): this version only reads {expected}.',
  },
  invalid: { fr: 'Ce rapport Balise est abîmé ou incomplet : il ne peut pas être ouvert.', en: 'This Balise report is damaged or incomplete: it cannot be opened.' },
};

export function parseImportedReport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return refuse('too-large');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('not-json');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('schema' in data) || typeof data.schema !== 'string') {
    return refuse('not-a-report');
  }
  if (!data.schema.startsWith('balise-report/')) return refuse('not-a-report');
  if (data.schema !== REPORT_SCHEMA_ID) {
    const version = data.schema.slice(0, 40);
    return refuse('other-version', { version, expected: REPORT_SCHEMA_ID });
  }
  const parsed = ReportSchema.safeParse(data);
  if (!parsed.success) {
    // Paths and messages only: zod issues can carry the offending input, which we do not echo.
    const details = parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.') || '$'}: ${issue.code}`);
    return { ...refuse('invalid'), details };
  }
  return { ok: true, report: parsed.data };
}

function refuse(code: ImportRefusal, data: Readonly<Record<string, string>> = {}): Extract<ImportResult, { ok: false }> {
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (whole, name: string) => data[name] ?? whole);
  return { ok: false, code, reason: { fr: fill(REASONS[code].fr), en: fill(REASONS[code].en) } };
}
