/*
 * Cross-validation of the French passage model INSIDE the training part (the held-out part is never
 * read): how fit-readability.ts's settings were chosen. For each of three fold assignments
 * (FNV-1a(salt + group) % 5, groups as in split.ts), each fold of READI is scored by a model fitted
 * on the four others, as fit-readability.ts fits: graded word table from the other folds' ljl texts
 * (and, for a training ljl text's own feature, from the folds other than its own too), WiViCo
 * sentence model, READI passage pairs, rescaling, the shipped blend (score.ts applyModel). Prints
 * the mean Spearman with the human level per READI corpus, and the bare formula's.
 * Run: npx tsx tests/eval/cv-readability.ts [variant ...]   (about a minute per variant)
 * The common-word list is built once from all training texts, as fit-readability.ts does: word
 * frequency ranks of the validation folds are known to it, a small leak shared by every variant.
 */
import { countText } from '../../src/engine/text/counts';
import { extractFeatures, FEATURE_NAMES, featureVector, type FeatureName, type Features } from '../../src/engine/text/features';
import { kandelMoles } from '../../src/engine/text/formulas';
import { lexiconFromList, lookupForm, type GradedWords } from '../../src/engine/text/lexicon';
import { applyModel } from '../../src/engine/text/score';
import { segmentText } from '../../src/engine/text/segment';
import { buildLexicon, frenchTrainingDocs } from './build-lexicon';
import { loadReadi, loadWivico } from './corpora';
import {
  BLEND_FROM,
  BLEND_TO,
  calibrate,
  DIRECTION,
  FOLDS,
  foldOf,
  FR_LEXICON_SIZE,
  L2,
  OTHER_DIRECTIONS,
  READI_PAIRS_PER_CORPUS,
  READI_WEIGHTS,
  type CalibrationDoc,
} from './fit-settings';
import { GRADED_OPTIONS, gradedForms, gradedLevels, type GradedOptions, type GradedText } from './graded-table';
import { fitPairwiseLogistic, mulberry32, type Pair } from './pairwise-logistic';
import { spearman } from './stats';

interface Variant {
  graded: GradedOptions;
  /** Graded table from the common-word list only (the former table), instead of every lower-case word. */
  commonOnly?: boolean;
  /** Features the passage model leaves out. */
  without?: FeatureName[];
  readiWeights?: Record<string, number>;
  l2?: number;
}

const SHIPPED: Variant = { graded: GRADED_OPTIONS };
const VARIANTS: Record<string, Variant> = {
  shipped: SHIPPED,
  // The model before: table of common words met in 3 ljl texts, no third-person share.
  former: { graded: { smoothing: 5, minTexts: 3, minGroups: 1 }, commonOnly: true, without: ['thirdPersonShare', 'gradedCoveredLevel'] },
  'without-third-person': { ...SHIPPED, without: ['thirdPersonShare'] },
  'without-covered-level': { ...SHIPPED, without: ['gradedCoveredLevel'] },
  'common-words-table': { ...SHIPPED, commonOnly: true },
  'table-min-groups-1': { ...SHIPPED, graded: { ...GRADED_OPTIONS, minGroups: 1 } },
  'table-min-groups-3': { ...SHIPPED, graded: { ...GRADED_OPTIONS, minGroups: 3 } },
  'table-smoothing-5': { ...SHIPPED, graded: { ...GRADED_OPTIONS, smoothing: 5 } },
  'table-smoothing-10': { ...SHIPPED, graded: { ...GRADED_OPTIONS, smoothing: 10 } },
  'jelislibre-0.1': { ...SHIPPED, readiWeights: { ljl: 1, JeLisLibre: 0.1 } },
  'jelislibre-0.25': { ...SHIPPED, readiWeights: { ljl: 1, JeLisLibre: 0.25 } },
  'l2-0.01': { ...SHIPPED, l2: 0.01 },
};
const SALTS = ['val:', 'cv2:', 'cv3:'];
const GRADED_INDEX = FEATURE_NAMES.indexOf('gradedWordLevel');
const COVERED_INDEX = FEATURE_NAMES.indexOf('gradedCoveredLevel');

const wivico = loadWivico().filter((p) => p.part === 'train');
const readi = loadReadi().filter((r) => r.part === 'train');
const lexDocs = frenchTrainingDocs(wivico, readi);
const lexicon = buildLexicon(lexDocs, 'fr', FR_LEXICON_SIZE, 3);
const lex = lexiconFromList(lexicon.join(' '));
const common = new Set(lexicon);

interface Item {
  /** Features without a graded table (gradedWordLevel 0). */
  x: number[];
  formula: number;
  words: number;
  /** Lookup forms with a letter: what gradedWordLevel averages over (sentence-stats.ts). */
  letterForms: string[];
  /** What the graded table learns from (graded-table.ts). */
  tableForms: Set<string>;
}

function item(text: string): Item | null {
  const sentences = segmentText(text, 'fr');
  const f = extractFeatures(sentences, 'fr', lex, null);
  if (!f) return null;
  const c = countText(sentences, 'fr');
  const letterForms = sentences.flatMap((s) => s.words.map((w) => lookupForm(w, 'fr'))).filter((w) => /\p{L}/u.test(w));
  return { x: featureVector(f), formula: kandelMoles(c) ?? 0, words: c.words, letterForms, tableForms: gradedForms(sentences) };
}

const wivicoItems = wivico.flatMap((p) => {
  const e = item(p.viki);
  const h = item(p.wiki);
  return e && h ? [{ e, h }] : [];
});
const readiItems = readi.flatMap((r) => {
  const it = item(r.text);
  return it ? [{ corpus: r.corpus, level: r.level, group: r.group, it }] : [];
});
type ReadiItem = (typeof readiItems)[number];

/** The feature vector with a given table: the graded features as extractFeatures computes them, without re-segmenting. */
function withTable(it: Item, t: GradedWords): number[] {
  let sum = 0;
  let covered = 0;
  for (const f of it.letterForms) {
    const level = t.levels.get(f);
    sum += (level ?? t.prior) - t.prior;
    if (level !== undefined) covered++;
  }
  const x = [...it.x];
  x[GRADED_INDEX] = it.letterForms.length > 0 ? sum / it.letterForms.length : 0;
  x[COVERED_INDEX] = covered > 0 ? sum / covered : 0;
  return x;
}

function table(texts: readonly ReadiItem[], v: Variant): GradedWords {
  const graded: GradedText[] = texts.map((r) => ({
    level: r.level,
    group: r.group,
    forms: v.commonOnly ? new Set([...r.it.tableForms].filter((f) => common.has(f))) : r.it.tableForms,
  }));
  return gradedLevels(graded, v.graded);
}

const asFeatures = (x: readonly number[]): Features => Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, x[i] ?? 0])) as Features;

/** Mean over the folds of one assignment: Spearman of difficulty with level, ours and the formula's. */
function crossValidate(v: Variant, salt: string): Record<string, { ours: number; formula: number }> {
  const fold = (r: ReadiItem): number => foldOf(r.group, salt);
  const ljl = readiItems.filter((r) => r.corpus === 'ljl');
  const passageDirections = FEATURE_NAMES.map((n) => (v.without?.includes(n) ? 0 : DIRECTION[n]));
  const sums: Record<string, { ours: number; formula: number }> = {};
  for (let f = 0; f < FOLDS; f++) {
    const outer = table(ljl.filter((r) => fold(r) !== f), v);
    const inner = [...Array(FOLDS).keys()].map((g) => (g === f ? outer : table(ljl.filter((r) => fold(r) !== f && fold(r) !== g), v)));
    const calibration: CalibrationDoc[] = [];
    const sentencePairs: Pair[] = wivicoItems.map((p) => {
      const e = withTable(p.e, outer);
      const h = withTable(p.h, outer);
      calibration.push({ source: 'wiki', x: h, formula: p.h.formula }, { source: 'viki', x: e, formula: p.e.formula });
      return { easier: e, harder: h, weight: 1 / wivicoItems.length, source: 'wivico' };
    });
    const rng = mulberry32(20240611);
    const passagePairs: Pair[] = [];
    for (const [corpus, weight] of Object.entries(v.readiWeights ?? READI_WEIGHTS)) {
      const texts = readiItems
        .filter((r) => r.corpus === corpus && fold(r) !== f)
        .map((r) => ({ level: r.level, x: withTable(r.it, corpus === 'ljl' ? inner[fold(r)]! : outer), formula: r.it.formula }));
      for (const t of texts) calibration.push({ source: corpus, x: t.x, formula: t.formula });
      let n = 0;
      for (let k = 0; k < READI_PAIRS_PER_CORPUS * 3 && n < READI_PAIRS_PER_CORPUS; k++) {
        const a = texts[Math.floor(rng() * texts.length)];
        const b = texts[Math.floor(rng() * texts.length)];
        if (!a || !b || a.level === b.level) continue;
        const [e, h] = a.level < b.level ? [a, b] : [b, a];
        passagePairs.push({ easier: e.x, harder: h.x, weight: weight / READI_PAIRS_PER_CORPUS, source: corpus });
        n++;
      }
    }
    const model = {
      sentence: calibrate(fitPairwiseLogistic(sentencePairs, OTHER_DIRECTIONS, L2), calibration),
      passage: calibrate(fitPairwiseLogistic(passagePairs, passageDirections, v.l2 ?? L2), calibration),
      blendFromWords: BLEND_FROM,
      blendToWords: BLEND_TO,
    };
    for (const corpus of ['ljl', 'JeLisLibre', 'bibebook.com']) {
      const val = readiItems.filter((r) => r.corpus === corpus && fold(r) === f);
      const levels = val.map((r) => r.level);
      const ours = spearman(val.map((r) => -applyModel(asFeatures(withTable(r.it, outer)), r.it.words, model)), levels);
      const formula = spearman(val.map((r) => -r.it.formula), levels);
      const s = (sums[corpus] ??= { ours: 0, formula: 0 });
      s.ours += ours / FOLDS;
      s.formula += formula / FOLDS;
    }
  }
  return sums;
}

const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(VARIANTS);
console.log('5-fold cross-validation inside the training part; Spearman per fold assignment (val:/cv2:/cv3:), their mean, and the formula');
for (const name of names) {
  const v = VARIANTS[name];
  if (!v) throw new Error(`unknown variant ${name}; known: ${Object.keys(VARIANTS).join(', ')}`);
  const runs = SALTS.map((salt) => crossValidate(v, salt));
  const cell = (corpus: string): string => {
    const ours = runs.map((r) => r[corpus]!.ours);
    const mean = ours.reduce((a, b) => a + b, 0) / ours.length;
    const formula = runs.reduce((a, r) => a + r[corpus]!.formula, 0) / runs.length;
    return `${corpus} ${ours.map((x) => x.toFixed(3)).join('/')} mean ${mean.toFixed(3)} (formula ${formula.toFixed(3)})`;
  };
  console.log(`${name.padEnd(22)} ${['ljl', 'JeLisLibre', 'bibebook.com'].map(cell).join(' | ')}`);
}
