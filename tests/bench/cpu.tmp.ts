import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startBench, open, REPO_ROOT } from './harness';
import { wordPage } from './word-pages';
import { buildProfileScript } from './profile';

const sample = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/sample/demarche-exemple.html'), 'utf8');
const gen: Record<string, () => string> = { '/gen/words-20000.html': () => wordPage(sample, 20000) };
const bench = await startBench(gen);
const script = await buildProfileScript();
const target = process.argv[2]!;
const lang = (process.argv[3] ?? 'fr') as 'fr' | 'en';
const reps = Number(process.argv[4] ?? 5);
try {
  await open(bench, target);
  await bench.page.addScriptTag({ content: script });
  const cdp = await bench.page.context().newCDPSession(bench.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await bench.page.evaluate((l) => globalThis.__baliseProfile(l), lang); // warm
  await cdp.send('Profiler.start');
  for (let i = 0; i < reps; i++) await bench.page.evaluate((l) => (globalThis as any).__baliseOurs(l), lang);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  const self = new Map<string, number>();
  const dt = profile.timeDeltas!;
  const counts = new Map<number, number>();
  profile.samples!.forEach((id: number, i: number) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
  for (const [id, t] of counts) {
    const n: any = byId.get(id);
    const key = `${n.callFrame.functionName || '(anon)'} :${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + t / 1000);
  }
  // inclusive per function
  const parent = new Map<number, number>();
  for (const n of profile.nodes as any[]) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, number>();
  for (const [id, t] of counts) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n: any = byId.get(cur);
      const key = `${n.callFrame.functionName || '(anon)'} :${n.callFrame.lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + t / 1000);
    }
  }
  console.log('SELF (ms total over reps)');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(8), k);
  console.log('INCLUSIVE');
  for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(v.toFixed(1).padStart(8), k);
} finally {
  await bench.close();
}
