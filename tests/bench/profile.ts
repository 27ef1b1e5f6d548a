import { build } from 'esbuild';
import path from 'node:path';
import type { Lang } from '../../src/engine/model';
import type { Bench } from './harness';
import type { Profile } from './profile-entry';
import { printTable } from './table';

/** The profiling script, bundled once per benchmark run (not minified, so stacks read well). */
export async function buildProfileScript(): Promise<string> {
  const out = await build({ entryPoints: [path.join(import.meta.dirname, 'profile-entry.ts')], bundle: true, format: 'iife', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent' });
  return out.outputFiles[0]!.text;
}

/** Where the open page's audit time goes, rule by rule (see profile-entry.ts). */
export async function profilePage(bench: Bench, script: string, lang: Lang): Promise<Profile> {
  await bench.page.addScriptTag({ content: script });
  return bench.page.evaluate((l) => globalThis.__baliseProfile(l), lang);
}

/** The costliest entries of a profile, "id ms" each. */
export function topOf(entries: Profile['ours'], count: number): string {
  return [...entries]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map((e) => `${e.id} ${e.ms.toFixed(0)}`)
    .join(', ');
}

/** Section f: where the time goes on the pages that cost the most, one profiled run each. */
export async function benchProfiles(bench: Bench, pages: ReadonlyArray<{ path: string; lang: Lang }>): Promise<void> {
  const script = await buildProfileScript();
  const rows: string[][] = [];
  for (const { path: urlPath, lang } of pages) {
    await bench.page.goto(bench.origin + urlPath, { waitUntil: 'load' });
    const profile = await profilePage(bench, script, lang);
    rows.push([urlPath.replace('/example/', '/').replace(/\/index\.html$|\.html$/, ''), topOf(profile.ours, 5), topOf(profile.axe, 3)]);
  }
  printTable(
    'f. Where the time goes (one profiled run per page; ms per rule or collector, each run alone)',
    ['page', 'our costliest rules and collectors', "axe's costliest rules"],
    rows,
    'Our rules run one at a time here, each with its own page read, so work several of them share (page text, contact channels) is counted in each.',
  );
}
