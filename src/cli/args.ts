import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEFAULT_LANG, LangSchema, type Lang } from '../engine/model';
import { EXPORT_FORMATS, type ExportFormat } from '../report';
import { CliError } from './cli-error';
import { CLI_TEXT } from './messages';

const CliArgsSchema = z.object({
  targets: z.array(z.string().trim().min(1)),
  out: z.string().trim().min(1),
  lang: LangSchema,
  formats: z.array(z.enum(EXPORT_FORMATS)).min(1),
  journey: z.boolean(),
  help: z.boolean(),
});
export type CliArgs = z.infer<typeof CliArgsSchema>;

export const DEFAULT_OUT_DIR = 'balise-report';
export const DEFAULT_FORMATS: readonly ExportFormat[] = ['json', 'html'];

/** Command-line input is parsed at the edge: unknown options and bad values stop here, in one line. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const lang = guessLang(argv);
  const text = CLI_TEXT[lang];
  let parsed: ReturnType<typeof parseRaw>;
  try {
    parsed = parseRaw(argv);
  } catch (error) {
    throw new CliError(text.badArgs(error instanceof Error ? error.message : String(error)));
  }
  const formats = parsed.values.format === undefined ? [...DEFAULT_FORMATS] : formatList(parsed.values.format);
  const unknown = formats.filter((format) => !(EXPORT_FORMATS as readonly string[]).includes(format));
  if (unknown.length || formats.length === 0) throw new CliError(text.badFormat(unknown.join(', '), EXPORT_FORMATS.join(',')));
  const journey = parsed.values.journey ?? false;
  if (journey && parsed.positionals.length === 0 && !parsed.values.help) throw new CliError(text.journeyNeedsTargets);
  // Our own words for a language we do not have, not the schema library's English.
  if (parsed.values.lang !== undefined && !LangSchema.safeParse(parsed.values.lang).success) throw new CliError(text.badLang(parsed.values.lang));
  const result = CliArgsSchema.safeParse({
    targets: parsed.positionals,
    out: parsed.values.out ?? DEFAULT_OUT_DIR,
    lang: parsed.values.lang ?? DEFAULT_LANG,
    formats,
    journey,
    help: parsed.values.help ?? false,
  });
  if (!result.success) {
    const detail = result.error.issues.map((issue) => `${issue.path.join('.') || 'args'}: ${issue.message}`).join('; ');
    throw new CliError(text.badArgs(detail));
  }
  return result.data;
}

/** "html, JSON,,csv" -> ['html', 'json', 'csv']: said once each, in the order given. */
function formatList(value: string): string[] {
  return [...new Set(value.split(',').map((part) => part.trim().toLowerCase()).filter(Boolean))];
}

function parseRaw(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o' },
      lang: { type: 'string', short: 'l' },
      format: { type: 'string', short: 'f' },
      journey: { type: 'boolean', short: 'j' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** The language to complain in, before the arguments are known to be valid. */
function guessLang(argv: readonly string[]): Lang {
  const index = argv.findIndex((arg) => arg === '--lang' || arg === '-l');
  const inline = argv.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
  const value = inline ?? (index >= 0 ? argv[index + 1] : undefined);
  return LangSchema.safeParse(value).data ?? DEFAULT_LANG;
}
