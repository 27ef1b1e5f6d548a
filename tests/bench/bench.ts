import { readFileSync } from 'node:fs';
import path from 'node:path';
import { benchFixturePages, printFixturePages } from './fixture-pages';
import { REPO_ROOT, startBench } from './harness';
import { benchLargeReport } from './large-report';
import { benchProfiles } from './profile';
import { benchRecording } from './recording';
import { benchInlineForm, benchScaling, INLINE_FIELDS, inlineForm, scaledSample, SCALES } from './scaling';
import { benchWordPages, WORD_SIZES } from './word-section';
import { wordPage } from './word-pages';

/**
 * `npm run bench`: every performance figure the budgets ask for (DESIGN.md "Budgets", issues 3, 5
 * and 6), one table per section, medians of a few runs. The engine bundle runs in headless
 * Chromium through the command line's isolated world (src/cli/audit-page.ts), as `npm run audit`
 * runs it; the report and the stored record are built in Node with the extension's own code.
 * Ratios compare figures of the same run. Takes a few minutes; noisy on a busy machine.
 * BALISE_BENCH=b (or "bf", any letters of the sections) runs only those sections, to iterate on one.
 */
const RUNS = 3;
/** The fixture pages are small: a few milliseconds of noise moves their ratio, so they get more runs. */
const FIXTURE_RUNS = 5;
const sample = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/sample/demarche-exemple.html'), 'utf8');
const generated: Record<string, () => string> = {};
for (const factor of SCALES) generated[`/gen/sample-${factor}x.html`] = () => scaledSample(sample, factor);
for (const words of WORD_SIZES) generated[`/gen/words-${words}.html`] = () => wordPage(sample, words);
generated[`/gen/inline-${INLINE_FIELDS}.html`] = () => inlineForm(INLINE_FIELDS);

const only = process.env.BALISE_BENCH?.toLowerCase();
/** Whether section `letter` (a to f, as the tables are headed) is to run. */
const runs = (letter: string) => !only || only.includes(letter);

const started = performance.now();
const bench = await startBench(generated);
try {
  console.log(`Balise benchmark: headless Chromium, ${RUNS} runs per figure unless said otherwise. Times are what the engine spends inside the page.`);
  const fixtures = runs('a') || runs('f') ? await benchFixturePages(bench, FIXTURE_RUNS) : [];
  if (runs('a')) printFixturePages(fixtures, FIXTURE_RUNS);
  if (runs('b')) await benchWordPages(bench, RUNS);
  if (runs('c')) await benchRecording(bench);
  if (runs('d')) benchLargeReport(RUNS);
  if (runs('e')) {
    await benchScaling(bench, RUNS);
    await benchInlineForm(bench);
  }
  if (runs('f')) {
    const costliest = [...fixtures].sort((a, b) => b.heuristicsMs - a.heuristicsMs).slice(0, 3);
    await benchProfiles(bench, [
      ...costliest.map((row) => ({ path: row.path, lang: row.path.startsWith('/dsfr/') ? ('fr' as const) : ('en' as const) })),
      { path: '/gen/words-20000.html', lang: 'fr' },
      { path: `/gen/sample-${SCALES.at(-1)}x.html`, lang: 'fr' },
    ]);
  }
} finally {
  await bench.close();
}
console.log(`\nBenchmark took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
