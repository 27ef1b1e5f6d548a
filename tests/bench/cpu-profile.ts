import { readFileSync } from 'node:fs';
import path from 'node:path';
import { open, REPO_ROOT, startBench } from './harness';
import { buildProfileScript } from './profile';
import { wordPage } from './word-pages';

/**
 * `npm run bench:cpu [-- words]`: a sampled CPU profile of our heuristics alone (profile-entry.ts's
 * __baliseOurs) on the generated French page of that many words (20,000 unless said), in headless
 * Chromium. Prints the functions with the most self time and the most inclusive time, in % of
 * samples: where to look before making the analysis faster. Figures to quote come from `npm run bench`.
 */
const words = Number(process.argv[2] ?? 20_000);
if (!Number.isInteger(words) || words <= 0) throw new Error(`npm run bench:cpu -- <words>: expected a number of words, got "${process.argv[2]}"`);
const WARM_RUNS = 3;
const PROFILED_RUNS = 5;
const TOP = 40;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const sample = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/sample/demarche-exemple.html'), 'utf8');
const bench = await startBench({ '/gen/cpu.html': () => wordPage(sample, words) });
try {
  await open(bench, '/gen/cpu.html');
  await bench.page.addScriptTag({ content: await buildProfileScript() });
  const runOurs = () => bench.page.evaluate(() => globalThis.__baliseOurs('fr'));
  for (let run = 0; run < WARM_RUNS; run++) await runOurs();
  const cdp = await bench.page.context().newCDPSession(bench.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const times: number[] = [];
  for (let run = 0; run < PROFILED_RUNS; run++) times.push(await runOurs());
  const { profile } = await cdp.send('Profiler.stop');
  console.log(`${words} words: heuristics ${times.map((t) => t.toFixed(0)).join(', ')} ms (profiled runs)`);
  printTops(profile.nodes as ProfileNode[], profile.samples ?? []);
} finally {
  await bench.close();
}

/** A function by name and place: two functions of one name, or two anonymous ones, stay apart. */
function frameName({ callFrame }: ProfileNode): string {
  return `${callFrame.functionName || '(anonymous)'} (bundle line ${callFrame.lineNumber})`;
}

function printTops(nodes: ProfileNode[], samples: number[]): void {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const hits = new Map<number, number>();
  for (const id of samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, count: number) => map.set(key, (map.get(key) ?? 0) + count);
  for (const [id, count] of hits) {
    add(self, frameName(byId.get(id)!), count);
    // A recursive function is counted once per sample.
    const names = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) names.add(frameName(byId.get(at)!));
    for (const name of names) add(inclusive, name, count);
  }
  const print = (title: string, map: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [key, count] of [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${((100 * count) / samples.length).toFixed(1).padStart(5)} %  ${key}`);
  };
  print('Self time', self);
  print('Inclusive time', inclusive);
}
