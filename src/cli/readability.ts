/**
 * npm run readability -- <file.txt|file.html ...> [--lang fr|en]
 *
 * Checks a letter or a page before it is published: prints one JSON object per line per file
 * with the counts, the formulas, our score and its level in plain words, and the plain-language
 * findings. HTML is parsed with happy-dom (no script runs, nothing is fetched); text files are
 * read as paragraphs. --lang says the language when the file does not (default: guessed, else fr).
 */
import { z } from 'zod';
import { LangSchema } from '../engine/model/lang';
import { analyseFile } from './readability-file';

const ArgsSchema = z.object({ files: z.array(z.string()).min(1), lang: LangSchema.optional() });
type Args = z.infer<typeof ArgsSchema>;

function parseArgs(argv: readonly string[]): Args {
  const files: string[] = [];
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') lang = argv[++i];
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else files.push(arg);
  }
  const parsed = ArgsSchema.safeParse({ files, lang });
  if (!parsed.success) {
    throw new Error('Usage : npm run readability -- <fichier.txt|fichier.html ...> [--lang fr|en]\nUsage: npm run readability -- <file.txt|file.html ...> [--lang fr|en]');
  }
  return parsed.data;
}

function main(): void {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
    return;
  }
  for (const file of args.files) {
    try {
      console.log(JSON.stringify(analyseFile(file, args.lang)));
    } catch (error) {
      console.log(JSON.stringify({ file, error: (error as Error).message }));
      process.exitCode = 1;
    }
  }
}

main();
