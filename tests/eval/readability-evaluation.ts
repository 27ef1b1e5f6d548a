/*
 * The readability evaluation, shared by `npm run eval:readability` (prints the table) and
 * tests/eval/readability.test.ts (guards it in `npm test`). Everything is measured on the
 * HELD-OUT part of the shared corpora (split: split.ts); the weights were fitted on the rest by
 * fit-readability.ts.
 */
import type { Lang } from '../../src/engine/model/lang';
import { measureText } from '../../src/engine/text/measure';
import { loadOneStopEnglish, loadReadi, loadWivico, READI_CORPORA } from './corpora';
import { spearman } from './stats';

export interface EvaluationRow {
  key: string;
  what: string;
  /** Share (0-1) or Spearman rho. */
  kind: 'share' | 'rho';
  formula: number;
  ours: number;
  /** The target, in words; null when the line is shown for context only. */
  target: string | null;
  met: boolean | null;
}

/*
 * What our score reached when it was last fitted (the floor the test guards): a change to the
 * text engine that scores lower fails `npm test`. Raise a floor when the score improves; never
 * lower one to make a change pass. Missed targets are printed, not guarded.
 * Lowered once, on purpose: the Snowball-stem graded table (issue 3, second round) was chosen by a
 * rule written before its cross-validation runs (cv-readability.ts) and held out once; it met the
 * ljl target (0.5466 -> 0.5529) and raised bibebook, for JeLisLibre -0.0725 -> -0.0873 and WiViCo
 * 86.42 -> 86.10 % (simplification pairs 88.82 -> 88.52 %), every issue target still met.
 */
export const REACHED: Readonly<Record<string, number>> = {
  'ose-ele-adv-all': 0.9583,
  'ose-ele-adv': 1,
  'ose-three-levels': 0.9565,
  'wivico-all': 0.8609,
  'wivico-simplification': 0.8852,
  'readi-ljl': 0.5528,
  'readi-JeLisLibre': -0.0874,
  'readi-bibebook.com': -0.0276,
};

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

function share<T>(items: readonly T[], ok: (t: T) => boolean): number {
  return items.length === 0 ? 0 : items.filter(ok).length / items.length;
}

export function evaluateReadability(): EvaluationRow[] {
  const rows: EvaluationRow[] = [];

  // OneStopEnglish: per topic, is the elementary text scored easier than the advanced one?
  const oseAll = loadOneStopEnglish()
    .filter((t) => t.part === 'heldout')
    .map((t) => ({ usable: t.usable, ele: scored(t.ele, 'en'), int: scored(t.int, 'en'), adv: scored(t.adv, 'en') }));
  // Topics whose files are not three levels of one article (corpus errors, see corpora.ts) cannot be
  // ranked by anything: the target is on the others, and the line with all topics is shown too.
  const ose = oseAll.filter((t) => t.usable);
  const eleAdv = (items: typeof oseAll, k: keyof Scored): number => share(items, (t) => t.ele[k] > t.adv[k]);
  const threeLevels = (items: typeof oseAll, k: keyof Scored): number => share(items, (t) => t.ele[k] > t.int[k] && t.int[k] > t.adv[k]);
  const eleAdvOurs = eleAdv(ose, 'score');
  rows.push(
    { key: 'ose-ele-adv-all', what: `OneStopEnglish ele easier than adv, all topics (${oseAll.length})`, kind: 'share', formula: eleAdv(oseAll, 'formula'), ours: eleAdv(oseAll, 'score'), target: null, met: null },
    { key: 'ose-ele-adv', what: `OneStopEnglish ele easier than adv, aligned topics (${ose.length})`, kind: 'share', formula: eleAdv(ose, 'formula'), ours: eleAdvOurs, target: '>= 98 %', met: eleAdvOurs >= 0.98 },
    { key: 'ose-three-levels', what: `OneStopEnglish ele > int > adv, aligned topics (${ose.length})`, kind: 'share', formula: threeLevels(ose, 'formula'), ours: threeLevels(ose, 'score'), target: null, met: null },
  );

  // WiViCo: is the Vikidia side scored easier than the Wikipedia side (strictly)?
  const wivico = loadWivico()
    .filter((p) => p.part === 'heldout')
    .map((p) => ({ simplification: p.simplification, wiki: scored(p.wiki, 'fr'), viki: scored(p.viki, 'fr') }));
  const vikiEasier = (items: typeof wivico, k: keyof Scored): number => share(items, (p) => p.viki[k] > p.wiki[k]);
  const simplifications = wivico.filter((p) => p.simplification);
  const wivicoOurs = vikiEasier(wivico, 'score');
  rows.push(
    { key: 'wivico-all', what: `WiViCo Vikidia easier, all pairs (${wivico.length})`, kind: 'share', formula: vikiEasier(wivico, 'formula'), ours: wivicoOurs, target: '>= 85 %', met: wivicoOurs >= 0.85 },
    { key: 'wivico-simplification', what: `WiViCo Vikidia easier, simplification pairs (${simplifications.length})`, kind: 'share', formula: vikiEasier(simplifications, 'formula'), ours: vikiEasier(simplifications, 'score'), target: null, met: null },
  );

  // READI: Spearman correlation of difficulty (minus the score) with the human level, per corpus.
  const targets: Record<string, { target: string; met: (ours: number, formula: number) => boolean }> = {
    ljl: { target: '>= 0.55', met: (ours) => ours >= 0.55 },
    JeLisLibre: { target: 'gain >= 0.05', met: (ours, formula) => ours >= formula + 0.05 },
    'bibebook.com': { target: 'gain >= 0.05', met: (ours, formula) => ours >= formula + 0.05 },
  };
  const readi = loadReadi().filter((r) => r.part === 'heldout');
  for (const corpus of Object.keys(READI_CORPORA)) {
    const texts = readi.filter((r) => r.corpus === corpus).map((r) => ({ level: r.level, s: scored(r.text, 'fr') }));
    const levels = texts.map((t) => t.level);
    const formula = spearman(texts.map((t) => -t.s.formula), levels);
    const ours = spearman(texts.map((t) => -t.s.score), levels);
    const t = targets[corpus]!;
    rows.push({ key: `readi-${corpus}`, what: `READI ${corpus} Spearman with level (${texts.length} texts)`, kind: 'rho', formula, ours, target: t.target, met: t.met(ours, formula) });
  }
  return rows;
}

/** Rows whose score fell below what was reached (REACHED, the measured value cut to 4 decimals). */
export function regressions(rows: readonly EvaluationRow[]): EvaluationRow[] {
  return rows.filter((r) => !(r.ours >= (REACHED[r.key] ?? Number.POSITIVE_INFINITY)));
}
