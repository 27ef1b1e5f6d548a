import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startBench, open, timePage, REPO_ROOT } from './harness';
import { FIXTURE_PAGES } from './fixture-pages';
import { wordPage } from './word-pages';
import { buildProfileScript, profilePage, topOf } from './profile';

const sample = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/sample/demarche-exemple.html'), 'utf8');
const which = process.argv[2] ?? 'fixtures';
const gen: Record<string, () => string> = {};
for (const w of [5000, 20000, 40000]) gen[`/gen/words-${w}.html`] = () => wordPage(sample, w);
const bench = await startBench(gen);
const script = await buildProfileScript();
try {
  const pages = which === 'fixtures' ? FIXTURE_PAGES : [5000, 20000, 40000].map((w) => ({ path: `/gen/words-${w}.html`, lang: 'fr' as const }));
  for (const { path: p, lang } of pages) {
    await open(bench, p);
    const t = await timePage(bench, lang, 1);
    await open(bench, p);
    const prof = await profilePage(bench, script, lang);
    const axeTotal = prof.axe.reduce((s, e) => s + e.ms, 0);
    const oursTotal = prof.ours.reduce((s, e) => s + e.ms, 0);
    console.log(`${p}: axe ${t.axeInFullMs} heur ${t.heuristicsMs} | prof axe ${axeTotal.toFixed(0)} [${topOf(prof.axe, 4)}] ours ${oursTotal.toFixed(0)} [${topOf(prof.ours, 6)}]`);
  }
} finally {
  await bench.close();
}
