import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEFAULT_LANG, LangSchema, type Lang } from '../engine/model';
import { CliError } from './cli-error';
import { CLI_TEXT } from './messages';

const CliArgsSchema = z.object({
  targets: z.array(z.string().trim().min(1)),
  out: z.string().trim().min(1),
  lang: LangSchema,
  help: z.boolean(),
});
export type CliArgs = z.infer<typeof CliArgsSchema>;

export const DEFAULT_OUT_DIR = 'balise-report';

/** Command-line input is parsed at the edge: unknown options and bad values stop here, in one line. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const lang = guessLang(argv);
  let parsed: ReturnType<typeof parseRaw>;
  try {
    parsed = parseRaw(argv);
  } catch (error) {
    throw new CliError(CLI_TEXT[lang].badArgs(error instanceof Error ? error.message : String(error)));
  }
  const result = CliArgsSchema.safeParse({
    targets: parsed.positionals,
    out: parsed.values.out ?? DEFAULT_OUT_DIR,
    lang: parsed.values.lang ?? DEFAULT_LANG,
    help: parsed.values.help ?? false,
  });
  if (!result.success) {
    const detail = result.error.issues.map((issue) => `${issue.path.join('.') || 'args'}: ${issue.message}`).join('; ');
    throw new CliError(CLI_TEXT[lang].badArgs(detail));
  }
  return result.data;
}

function parseRaw(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { out: { type: 'string', short: 'o' }, lang: { type: 'string', short: 'l' }, help: { type: 'boolean', short: 'h' } },
  });
}

/** The language to complain in, before the arguments are known to be valid. */
function guessLang(argv: readonly string[]): Lang {
  const index = argv.findIndex((arg) => arg === '--lang' || arg === '-l');
  const inline = argv.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
  const value = inline ?? (index >= 0 ? argv[index + 1] : undefined);
  return LangSchema.safeParse(value).data ?? DEFAULT_LANG;
}
