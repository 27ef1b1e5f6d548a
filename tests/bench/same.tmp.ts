import { readFileSync } from 'node:fs';
import { auditOpenPage } from '../../src/cli/audit-page';
import { startBench, open } from './harness';
import { FIXTURE_PAGES } from './fixture-pages';
import { wordPage } from './word-pages';
import { scaledSample } from './scaling';
const sample = readFileSync('tests/fixtures/sample/demarche-exemple.html', 'utf8');
const base = readFileSync('/tmp/base-engine.js', 'utf8');
const bench = await startBench({ '/gen/w.html': () => wordPage(sample, 20000), '/gen/s.html': () => scaledSample(sample, 16) });
const strip = (a: any) => JSON.stringify({ ...a, auditedAt: 0, durationMs: 0, timings: 0 });
let diffs = 0;
try {
  for (const { path, lang } of [...FIXTURE_PAGES, { path: '/gen/w.html', lang: 'fr' as const }, { path: '/gen/s.html', lang: 'fr' as const }]) {
    for (const l of [lang, lang === 'fr' ? 'en' as const : 'fr' as const]) {
      await open(bench, path);
      const a = strip((await auditOpenPage(bench.page, base, { lang: l })).audit);
      const b = strip((await auditOpenPage(bench.page, bench.bundle, { lang: l })).audit);
      if (a !== b) { diffs++; let i = 0; while (a[i] === b[i]) i++; console.log('DIFF', path, l, a.slice(i - 200, i + 200), '\n---\n', b.slice(i - 200, i + 200)); }
    }
  }
} finally { await bench.close(); }
console.log('pages with differences:', diffs);
