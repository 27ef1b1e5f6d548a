/*
 * Evaluates the readability score against the bare formula on the HELD-OUT part of the shared
 * corpora (split: tests/eval/split.ts; the weights were fitted on the rest by fit-readability.ts).
 * Run: npm run eval:readability. Exits 1 when a target is missed, so that CI catches regressions.
 */
import type { Lang } from '../../src/engine/model/lang';
import { measureText } from '../../src/engine/text/measure';
import { loadOneStopEnglish, loadReadi, loadWivico, READI_CORPORA } from './corpora';
import { spearman } from './stats';

interface Scored {
  formula: number;
  score: number;
}

// Both values come from one segmentation: measureText returns the formula and our score together.
function scored(text: string, lang: Lang): Scored {
  const m = measureText(text, lang);
  const formula = (lang === 'fr' ? m.kandelMoles : m.fleschReadingEase) ?? 0;
  return { formula, score: m.score ?? 0 };
}

interface Row {
  what: string;
  formula: number;
  ours: number;
  target: string;
  ok: boolean;
}

const rows: Row[] = [];
const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
const rho = (x: number): string => x.toFixed(3);

function share<T>(items: readonly T[], ok: (t: T) => boolean): number {
  return items.length === 0 ? 0 : items.filter(ok).length / items.length;
}

const started = Date.now();

// OneStopEnglish: per topic, is the elementary text scored easier than the advanced one?
const oseAll = loadOneStopEnglish()
  .filter((t) => t.part === 'heldout')
  .map((t) => ({ usable: t.usable, ele: scored(t.ele, 'en'), int: scored(t.int, 'en'), adv: scored(t.adv, 'en') }));
// Topics whose files are not three levels of one article (corpus errors, see corpora.ts) cannot be
// ranked by anything: the target is on the others, and the line with all topics is shown too.
const ose = oseAll.filter((t) => t.usable);
const eleAdv = (items: typeof oseAll, k: keyof Scored): number => share(items, (t) => t.ele[k] > t.adv[k]);
const threeLevels = (items: typeof oseAll, k: keyof Scored): number =>
  share(items, (t) => t.ele[k] > t.int[k] && t.int[k] > t.adv[k]);
rows.push({
  what: `OneStopEnglish ele easier than adv, all topics (${oseAll.length})`,
  formula: eleAdv(oseAll, 'formula'),
  ours: eleAdv(oseAll, 'score'),
  target: '-',
  ok: true,
});
rows.push({
  what: `OneStopEnglish ele easier than adv, aligned topics (${ose.length})`,
  formula: eleAdv(ose, 'formula'),
  ours: eleAdv(ose, 'score'),
  target: '>= 98 %',
  ok: eleAdv(ose, 'score') >= 0.98,
});
rows.push({
  what: `OneStopEnglish ele > int > adv, aligned topics (${ose.length})`,
  formula: threeLevels(ose, 'formula'),
  ours: threeLevels(ose, 'score'),
  target: '-',
  ok: true,
});

// WiViCo: is the Vikidia side scored easier than the Wikipedia side (strictly)?
const wivico = loadWivico()
  .filter((p) => p.part === 'heldout')
  .map((p) => ({ simplification: p.simplification, wiki: scored(p.wiki, 'fr'), viki: scored(p.viki, 'fr') }));
const vikiEasier = (items: typeof wivico, k: keyof Scored): number => share(items, (p) => p.viki[k] > p.wiki[k]);
rows.push({
  what: `WiViCo Vikidia easier, all pairs (${wivico.length})`,
  formula: vikiEasier(wivico, 'formula'),
  ours: vikiEasier(wivico, 'score'),
  target: '>= 85 %',
  ok: vikiEasier(wivico, 'score') >= 0.85,
});
const simplifications = wivico.filter((p) => p.simplification);
rows.push({
  what: `WiViCo Vikidia easier, simplification pairs (${simplifications.length})`,
  formula: vikiEasier(simplifications, 'formula'),
  ours: vikiEasier(simplifications, 'score'),
  target: '-',
  ok: true,
});

// READI: Spearman correlation of difficulty (minus the score) with the human level, per corpus.
const READI_TARGETS: Record<string, { target: string; ok: (ours: number, formula: number) => boolean }> = {
  ljl: { target: '>= 0.55', ok: (ours) => ours >= 0.55 },
  JeLisLibre: { target: 'gain >= 0.05', ok: (ours, formula) => ours >= formula + 0.05 },
  'bibebook.com': { target: 'gain >= 0.05', ok: (ours, formula) => ours >= formula + 0.05 },
};
const readi = loadReadi().filter((r) => r.part === 'heldout');
for (const corpus of Object.keys(READI_CORPORA)) {
  const texts = readi.filter((r) => r.corpus === corpus).map((r) => ({ level: r.level, s: scored(r.text, 'fr') }));
  const levels = texts.map((t) => t.level);
  const formula = spearman(
    texts.map((t) => -t.s.formula),
    levels,
  );
  const ours = spearman(
    texts.map((t) => -t.s.score),
    levels,
  );
  const t = READI_TARGETS[corpus];
  rows.push({
    what: `READI ${corpus} Spearman with level (${texts.length} texts)`,
    formula,
    ours,
    target: t?.target ?? '-',
    ok: t ? t.ok(ours, formula) : true,
  });
}

const width = Math.max(...rows.map((r) => r.what.length));
const fmt = (r: Row, x: number): string => (r.what.startsWith('READI') ? rho(x) : pct(x));
console.log(`Readability on the held-out part (FNV-1a(group) % 10 < 3; formula: Flesch en / Kandel-Moles fr)`);
console.log(`${'measure'.padEnd(width)}  ${'formula'.padStart(8)}  ${'Balise'.padStart(8)}  target`);
for (const r of rows) {
  const mark = r.target === '-' ? '' : r.ok ? '  ok' : '  MISSED';
  console.log(`${r.what.padEnd(width)}  ${fmt(r, r.formula).padStart(8)}  ${fmt(r, r.ours).padStart(8)}  ${r.target}${mark}`);
}
const missed = rows.filter((r) => !r.ok);
console.log(`${rows.length - missed.length} passed, ${missed.length} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (missed.length > 0) process.exitCode = 1;
