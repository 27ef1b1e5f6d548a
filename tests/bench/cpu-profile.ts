import { readFileSync } from 'node:fs';
import path from 'node:path';
import { open, REPO_ROOT, startBench } from './harness';
import { buildProfileScript } from './profile';
import { wordPage } from './word-pages';
import type { Lang } from '../../src/engine/model';

/**
 * `npm run bench:cpu [-- words | /govuk/page.html] [--cold]`: a sampled CPU profile of our
 * heuristics alone (profile-entry.ts's __baliseOurs), in headless Chromium, on the generated
 * French page of that many words (20,000 unless said) or on a served fixture page (the paths of
 * `npm run bench` section a). Prints the functions with the most self time and the most inclusive
 * time, in % of our samples: where to look before making the analysis faster. `--cold` loads the
 * page and script anew before each profiled run, as every real audit starts (JIT warm-up and
 * one-time set-up count). Figures to quote come from `npm run bench`.
 */
const args = process.argv.slice(2);
const cold = args.includes('--cold');
const target = args.find((arg) => arg !== '--cold') ?? '20000';
const fixturePath = target.startsWith('/') ? target : undefined;
const words = Number(target);
if (!fixturePath && (!Number.isInteger(words) || words <= 0)) {
  throw new Error(`npm run bench:cpu -- <words | /govuk/page.html> [--cold]: expected a number of words or a page path, got "${args.join(' ')}"`);
}
const WARM_RUNS = 3;
const PROFILED_RUNS = 5;
const TOP = 90;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const sample = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/sample/demarche-exemple.html'), 'utf8');
const bench = await startBench({ '/gen/cpu.html': () => wordPage(sample, words) });
try {
  const script = await buildProfileScript();
  const load = async () => {
    await open(bench, fixturePath ?? '/gen/cpu.html');
    await bench.page.addScriptTag({ content: script });
  };
  const lang: Lang = fixturePath?.startsWith('/govuk/') ? 'en' : 'fr';
  const runOurs = () => bench.page.evaluate((l) => globalThis.__baliseOurs(l), lang);
  await load();
  if (!cold) for (let run = 0; run < WARM_RUNS; run++) await runOurs();
  const cdp = await bench.page.context().newCDPSession(bench.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const times: number[] = [];
  const nodes: ProfileNode[] = [];
  const samples: number[] = [];
  for (let run = 0; run < PROFILED_RUNS; run++) {
    // Cold runs load the page and script anew, as each audit does: JIT warm-up and one-time setup count.
    if (cold && run > 0) await load();
    await cdp.send('Profiler.start');
    times.push(await runOurs());
    const { profile } = await cdp.send('Profiler.stop');
    // Node ids restart in each profile: shift them so the runs add up.
    const shift = run * 1_000_000;
    for (const node of profile.nodes as ProfileNode[]) nodes.push({ ...node, id: node.id + shift, children: node.children?.map((child) => child + shift) });
    for (const id of profile.samples ?? []) samples.push(id + shift);
  }
  console.log(`${fixturePath ?? `${words} words`}, ${cold ? 'cold (page and script loaded anew each run)' : 'warm'}: heuristics ${times.map((t) => t.toFixed(0)).join(', ')} ms (profiled runs)`);
  printTops(nodes, samples);
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
  let ours = 0;
  for (const [id, count] of hits) {
    // A recursive function is counted once per sample.
    const names = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) names.add(frameName(byId.get(at)!));
    // Only samples inside our heuristics count: Playwright's own scripts and idle time are not ours to speed up.
    if (![...names].some((name) => name.startsWith('globalThis.__baliseOurs '))) continue;
    ours += count;
    add(self, frameName(byId.get(id)!), count);
    for (const name of names) add(inclusive, name, count);
  }
  const print = (title: string, map: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [key, count] of [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${((100 * count) / ours).toFixed(1).padStart(5)} %  ${key}`);
  };
  print('Self time', self);
  print('Inclusive time', inclusive);
}
