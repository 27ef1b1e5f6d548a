import { build } from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const ENGINE_BUNDLE_PATH = join(repoRoot, 'dist/engine.iife.js');
const ENTRY = join(repoRoot, 'src/cli/page-entry.ts');
/** What the bundle is made of: a change in any of these makes it stale. */
const SOURCES = [join(repoRoot, 'src/engine'), ENTRY, join(repoRoot, 'package-lock.json')];

/** Bundles the engine (with axe-core) into one IIFE that the CLI evaluates in each frame. */
export async function buildEngineBundle(): Promise<string> {
  await build({
    entryPoints: [ENTRY],
    outfile: ENGINE_BUNDLE_PATH,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'eof',
    logLevel: 'warning',
  });
  return ENGINE_BUNDLE_PATH;
}

/** Builds the bundle when it is missing or older than its sources, so `npm ci && npm run audit` works. */
export async function ensureEngineBundle(): Promise<string> {
  const builtAt = mtimeOf(ENGINE_BUNDLE_PATH);
  if (builtAt === 0 || SOURCES.some((source) => newestMtime(source) > builtAt)) await buildEngineBundle();
  return ENGINE_BUNDLE_PATH;
}

function mtimeOf(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function newestMtime(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const path = await buildEngineBundle();
  process.stderr.write(`${path} (${Math.round(statSync(path).size / 1024)} KiB)\n`);
}
