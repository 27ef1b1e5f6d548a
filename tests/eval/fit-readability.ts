/*
 * Fits the readability score on the TRAINING part of the shared corpora (see split.ts) and writes
 * the shipped data files: the common-word lists and the weights. Run: npx tsx tests/eval/fit-readability.ts
 * The held-out part is never read here. Settings were chosen by 5-fold cross-validation inside the
 * training part (folds: FNV-1a("val:" + group key) % 5).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../src/engine/model/lang';
import { countText } from '../../src/engine/text/counts';
import { extractFeatures, FEATURE_NAMES, featureVector, type FeatureName } from '../../src/engine/text/features';
import { fleschReadingEase, kandelMoles } from '../../src/engine/text/formulas';
import { lexiconFromList, lookupForm, type GradedWords, type Lexicon } from '../../src/engine/text/lexicon';
import { segmentText } from '../../src/engine/text/segment';
import { buildLexicon, doc, type Doc } from './build-lexicon';
import { loadOneStopEnglish, loadReadi, loadWivico } from './corpora';
import { fitPairwiseLogistic, mulberry32, type Pair } from './pairwise-logistic';
import { fnv1a32 } from './split';

const DATA_DIR = path.resolve(process.cwd(), 'src/engine/text/data');
const FR_LEXICON_SIZE = 3000;
const EN_LEXICON_SIZE = 2000;
const READI_PAIRS_PER_CORPUS = 30_000;
// Weight of each READI corpus in the passage model: ljl levels are about reading skill, the two
// literature corpora mostly about school year and genre. Chosen by 5-fold cross-validation inside
// the training part (mean Spearman over the folds): the best ljl (0.549; 0.528 with the former
// {ljl 1.5, JeLisLibre 0.35, bibebook 0.1}) whose JeLisLibre gain over the formula stays >= 0.05.
// No weighting beat the formula on bibebook.com in cross-validation: it gets no pairs.
// The same cross-validation kept sentenceLengthSpread and contentWordLength (ljl 0.538 -> 0.549).
// gradedWordLevel (mean level of a text's words in the graded ljl texts, relative to the mean
// level) alone reaches a mean Spearman of 0.49 on ljl over the same folds; centred on each table's
// mean level, out-of-fold values from different folds compare (uncentred, they did not: 0.02 pooled).
const READI_WEIGHTS: Record<string, number> = { ljl: 1, JeLisLibre: 0.15 };
const L2 = 1e-3;
// Below BLEND_FROM words the sentence model alone scores a text, above BLEND_TO the passage model.
const BLEND_FROM = 40;
const BLEND_TO = 100;

/** The sign each weight must have: +1 makes text harder, -1 easier, 0 not fitted. */
const DIRECTION: Record<FeatureName, number> = {
  logWordsPerSentence: 1,
  syllablesPerWord: 1,
  longWordShare: 1,
  lettersPerWord: 1,
  unfamiliarShare: 1,
  meanLogRank: 1,
  nameShare: 1,
  digitShare: 1,
  commasPerSentence: 1,
  bracketsPerSentence: 1,
  colonsPerSentence: 1,
  subordinatorsPerSentence: 1,
  longSentenceShare: 1,
  pronounShare: -1,
  typeTokenRatio: 1,
  polysyllableShare: 1,
  rareContentShare: 1,
  prepositionShare: 1,
  nominalisationShare: 1,
  exclamationsPerSentence: -1,
  acronymShare: 1,
  participleShare: 1,
  passiveShare: 1,
  logLongestSentence: 1,
  wordsPerClause: 1,
  // No administrative text in the corpora, so nothing to learn jargon from: set by hand below.
  jargonShare: 0,
  sentenceLengthSpread: 1,
  contentWordLength: 1,
  gradedWordLevel: 1,
};
// Set by hand, in score points per unit of share: jargon on 5 % of the words costs 10 points.
const JARGON_WEIGHT = -200;
const DIRECTIONS = FEATURE_NAMES.map((n) => DIRECTION[n]);

interface Fitted {
  bias: number;
  weights: Record<FeatureName, number>;
}

interface CalibrationDoc {
  source: string;
  x: number[];
  formula: number;
}

/**
 * Turns raw pairwise weights (difficulty up) into score units: higher = easier, with the same mean
 * and spread as the bare formula on the training texts (each source weighing the same), so that the
 * familiar Kandel-Moles / Flesch bands still read right and the sentence and passage models agree.
 */
function calibrate(beta: readonly number[], docs: readonly CalibrationDoc[]): Fitted {
  const sources = [...new Set(docs.map((d) => d.source))];
  const count = new Map(sources.map((s) => [s, docs.filter((d) => d.source === s).length]));
  const w = (d: CalibrationDoc): number => 1 / (count.get(d.source) ?? 1) / sources.length;
  const raw = docs.map((d) => d.x.reduce((s, v, i) => s + v * (beta[i] ?? 0), 0));
  const mr = docs.reduce((s, d, i) => s + w(d) * raw[i]!, 0);
  const mf = docs.reduce((s, d) => s + w(d) * d.formula, 0);
  const sr = Math.sqrt(docs.reduce((s, d, i) => s + w(d) * (raw[i]! - mr) ** 2, 0));
  const sf = Math.sqrt(docs.reduce((s, d) => s + w(d) * (d.formula - mf) ** 2, 0));
  const scale = sf / sr;
  const weights = {} as Record<FeatureName, number>;
  FEATURE_NAMES.forEach((n, i) => (weights[n] = -scale * (beta[i] ?? 0)));
  weights.jargonShare = JARGON_WEIGHT;
  return { bias: mf + scale * mr, weights };
}

function pairAccuracy(pairs: readonly Pair[], beta: readonly number[]): number {
  let ok = 0;
  for (const p of pairs) {
    const d = p.harder.reduce((s, v, i) => s + (v - (p.easier[i] ?? 0)) * (beta[i] ?? 0), 0);
    if (d > 0) ok++;
  }
  return ok / pairs.length;
}

function vectorizer(lang: Lang, lex: Lexicon): (text: string, graded?: GradedWords | null) => { x: number[]; formula: number } | null {
  return (text, graded = null) => {
    const sentences = segmentText(text, lang);
    const f = extractFeatures(sentences, lang, lex, graded);
    if (!f) return null;
    const c = countText(sentences, lang);
    const formula = (lang === 'fr' ? kandelMoles(c) : fleschReadingEase(c)) ?? 0;
    return { x: featureVector(f), formula };
  };
}

// Graded word levels: smoothed towards the mean level by this many pseudo-texts, kept from this many texts.
const GRADED_SMOOTHING = 5;
const GRADED_MIN_TEXTS = 3;
const FOLDS = 5;
const foldOf = (group: string): number => fnv1a32(`val:${group}`) % FOLDS;

interface GradedText {
  level: number;
  forms: ReadonlySet<string>;
  fold: number;
}

/** Mean level of the ljl texts each common word occurs in, smoothed, rounded as shipped; the mean level. */
function gradedLevels(texts: readonly GradedText[]): GradedWords & { levels: Map<string, number> } {
  const prior = Math.round((100 * texts.reduce((s, t) => s + t.level, 0)) / texts.length) / 100;
  const sum = new Map<string, number>();
  const count = new Map<string, number>();
  for (const t of texts) {
    for (const f of t.forms) {
      sum.set(f, (sum.get(f) ?? 0) + t.level);
      count.set(f, (count.get(f) ?? 0) + 1);
    }
  }
  const levels = new Map<string, number>();
  for (const [f, n] of count) {
    if (n >= GRADED_MIN_TEXTS) levels.set(f, Math.round((10 * ((sum.get(f) ?? 0) + GRADED_SMOOTHING * prior)) / (n + GRADED_SMOOTHING)) / 10);
  }
  return { levels, prior };
}

function fitFrench(): { lexicon: string[]; graded: GradedWords; sentence: Fitted; passage: Fitted } {
  const wivico = loadWivico().filter((p) => p.part === 'train');
  const readi = loadReadi().filter((r) => r.part === 'train');
  const lexDocs: Doc[] = [];
  const seen = new Set<string>();
  for (const p of wivico) {
    for (const [source, text] of [['wiki', p.wiki], ['viki', p.viki]] as const) {
      if (!seen.has(text)) lexDocs.push(doc(source, text, 'fr'));
      seen.add(text);
    }
  }
  for (const r of readi) lexDocs.push(doc(r.corpus, r.text, 'fr'));
  const lexicon = buildLexicon(lexDocs, 'fr', FR_LEXICON_SIZE, 3);
  console.log(`fr lexicon: ${lexicon.length} forms from ${lexDocs.length} training texts`);
  const rawVec = vectorizer('fr', lexiconFromList(lexicon.join(' ')));

  // Word levels come from the graded ljl texts (reading skill). A training ljl text's own feature
  // uses levels learnt from the other folds only, or the fit would trust the feature too much; the
  // shipped table, and every other corpus, use all ljl training texts.
  const common = new Set(lexicon);
  const gradedTexts = new Map<string, GradedText>();
  for (const r of readi.filter((x) => x.corpus === 'ljl')) {
    const forms = new Set(segmentText(r.text, 'fr').flatMap((s) => s.words.map((w) => lookupForm(w, 'fr'))).filter((f) => common.has(f)));
    gradedTexts.set(r.text, { level: r.level, forms, fold: foldOf(r.group) });
  }
  const all = [...gradedTexts.values()];
  const graded = gradedLevels(all);
  const foldGraded = [...Array(FOLDS).keys()].map((f) => gradedLevels(all.filter((t) => t.fold !== f)));
  const vec = (text: string, ljl = false) => {
    const own = ljl ? gradedTexts.get(text) : undefined;
    return rawVec(text, own ? foldGraded[own.fold] : graded);
  };
  console.log(`fr graded words: ${graded.levels.size} forms from ${all.length} ljl training texts`);

  const calibration: CalibrationDoc[] = [];
  const sentencePairs: Pair[] = [];
  for (const p of wivico) {
    const e = vec(p.viki);
    const h = vec(p.wiki);
    if (!e || !h) continue;
    sentencePairs.push({ easier: e.x, harder: h.x, weight: 1, source: 'wivico' });
    calibration.push({ source: 'wiki', ...h }, { source: 'viki', ...e });
  }
  const rng = mulberry32(20240611);
  const passagePairs: Pair[] = [];
  for (const [corpus, weight] of Object.entries(READI_WEIGHTS)) {
    const texts = readi
      .filter((r) => r.corpus === corpus)
      .map((r) => ({ level: r.level, v: vec(r.text, corpus === 'ljl') }))
      .filter((r): r is { level: number; v: { x: number[]; formula: number } } => r.v !== null);
    for (const t of texts) calibration.push({ source: corpus, ...t.v });
    const corpusPairs: Pair[] = [];
    for (let k = 0; k < READI_PAIRS_PER_CORPUS * 3 && corpusPairs.length < READI_PAIRS_PER_CORPUS; k++) {
      const a = texts[Math.floor(rng() * texts.length)];
      const b = texts[Math.floor(rng() * texts.length)];
      if (!a || !b || a.level === b.level) continue;
      const [e, h] = a.level < b.level ? [a, b] : [b, a];
      corpusPairs.push({ easier: e.v.x, harder: h.v.x, weight: weight / READI_PAIRS_PER_CORPUS, source: corpus });
    }
    passagePairs.push(...corpusPairs);
  }
  for (const p of sentencePairs) p.weight = 1 / sentencePairs.length;

  const sentenceBeta = fitPairwiseLogistic(sentencePairs, DIRECTIONS, L2);
  const passageBeta = fitPairwiseLogistic(passagePairs, DIRECTIONS, L2);
  console.log(`fr sentence model, training pairwise accuracy WiViCo: ${(100 * pairAccuracy(sentencePairs, sentenceBeta)).toFixed(1)} %`);
  for (const corpus of Object.keys(READI_WEIGHTS)) {
    const acc = pairAccuracy(
      passagePairs.filter((p) => p.source === corpus),
      passageBeta,
    );
    console.log(`fr passage model, training pairwise accuracy ${corpus}: ${(100 * acc).toFixed(1)} %`);
  }
  return { lexicon, graded, sentence: calibrate(sentenceBeta, calibration), passage: calibrate(passageBeta, calibration) };
}

function fitEnglish(): { lexicon: string[]; passage: Fitted } {
  const topics = loadOneStopEnglish().filter((t) => t.part === 'train' && t.usable);
  const lexDocs = topics.flatMap((t) => (['ele', 'int', 'adv'] as const).map((l) => doc(t.topic, t[l], 'en')));
  // Each topic is a source here: a word must occur in five different articles to count as common.
  const lexicon = buildLexicon(lexDocs, 'en', EN_LEXICON_SIZE, 5);
  console.log(`en lexicon: ${lexicon.length} forms from ${lexDocs.length} training texts`);
  const vec = vectorizer('en', lexiconFromList(lexicon.join(' ')));
  const pairs: Pair[] = [];
  const calibration: CalibrationDoc[] = [];
  for (const t of topics) {
    const v = { ele: vec(t.ele), int: vec(t.int), adv: vec(t.adv) };
    for (const [e, h] of [['ele', 'int'], ['int', 'adv'], ['ele', 'adv']] as const) {
      const ve = v[e];
      const vh = v[h];
      if (ve && vh) pairs.push({ easier: ve.x, harder: vh.x, weight: 1, source: 'ose' });
    }
    for (const l of ['ele', 'int', 'adv'] as const) {
      const vl = v[l];
      if (vl) calibration.push({ source: 'ose', ...vl });
    }
  }
  const beta = fitPairwiseLogistic(pairs, DIRECTIONS, L2);
  console.log(`en training pairwise accuracy: ${(100 * pairAccuracy(pairs, beta)).toFixed(1)} %`);
  return { lexicon, passage: calibrate(beta, calibration) };
}

function round(x: number): number {
  return Number(x.toPrecision(6));
}

function wordListFile(name: string, lexicon: string[], what: string): string {
  const lines: string[] = [];
  for (let i = 0; i < lexicon.length; i += 16) lines.push(lexicon.slice(i, i + 16).join(' '));
  return `/*
 * ${what}
 * Generated by tests/eval/fit-readability.ts from the TRAINING part of the shared corpora only
 * (see tests/eval/split.ts): word forms ranked by mean relative frequency across sources, kept only
 * when common to several sources. A list of frequent words, no text. Most frequent first.
 */
export const ${name} = \`
${lines.join('\n')}
\`;
`;
}

function modelLiteral(m: Fitted, indent: string): string {
  const lines = FEATURE_NAMES.map((n) => `${indent}    ${n}: ${round(m.weights[n])},`);
  return `{\n${indent}  bias: ${round(m.bias)},\n${indent}  weights: {\n${lines.join('\n')}\n${indent}  },\n${indent}}`;
}

const fr = fitFrench();
const en = fitEnglish();
writeFileSync(
  path.join(DATA_DIR, 'fr-common-words.ts'),
  wordListFile('FR_COMMON_WORDS', fr.lexicon, `The ${fr.lexicon.length} most common French word forms.`),
);
const byLevel = new Map<number, string[]>();
for (const [form, level] of [...fr.graded.levels].sort((a, b) => a[0].localeCompare(b[0]))) byLevel.set(level, [...(byLevel.get(level) ?? []), form]);
const gradedLines = [...byLevel].sort((a, b) => a[0] - b[0]).map(([level, forms]) => `${level.toFixed(1)} ${forms.join(' ')}`);
writeFileSync(
  path.join(DATA_DIR, 'fr-graded-words.ts'),
  `/*
 * The ${fr.graded.levels.size} common French word forms met in at least ${GRADED_MIN_TEXTS} graded reading texts, by the mean
 * level (1 = easiest, 4 = hardest) of those texts, smoothed towards the mean level FR_GRADED_PRIOR
 * (the level of any other word). Generated by tests/eval/fit-readability.ts from the TRAINING part
 * of READI ljl only (see tests/eval/split.ts). One line per level: "level form form ...".
 */
export const FR_GRADED_PRIOR = ${fr.graded.prior};
export const FR_GRADED_WORDS = \`
${gradedLines.join('\n')}
\`;
`,
);
writeFileSync(
  path.join(DATA_DIR, 'en-common-words.ts'),
  wordListFile('EN_COMMON_WORDS', en.lexicon, `The ${en.lexicon.length} most common English word forms (OneStopEnglish).`),
);
writeFileSync(
  path.join(DATA_DIR, 'score-weights.ts'),
  `import type { FeatureName } from '../features';

/** Score = bias + sum(weight x feature), clamped to 0-100; higher = easier. */
export interface ScoreModel {
  bias: number;
  weights: Readonly<Record<FeatureName, number>>;
}

/** Short texts are scored by \`sentence\`, long ones by \`passage\`, linearly blended in between. */
export interface LanguageModel {
  sentence: ScoreModel;
  passage: ScoreModel;
  blendFromWords: number;
  blendToWords: number;
}

/*
 * Generated by tests/eval/fit-readability.ts; do not edit by hand. How: linear pairwise logistic
 * models (L2 ${L2}, standardised features, each weight held to the sign plain-language guidance
 * gives it) learn which text of a pair is harder, from the TRAINING part only (tests/eval/split.ts):
 * fr sentence model: WiViCo pairs (the Vikidia side is easier); fr passage model: per READI corpus,
 * ${READI_PAIRS_PER_CORPUS} random pairs of texts of different human levels, weighted
 * ${JSON.stringify(READI_WEIGHTS)}; en: OneStopEnglish topics (ele < int < adv), one model for both.
 * Each model is then rescaled to the mean and spread of the bare formula (Kandel-Moles / Flesch) on
 * the training texts, so the usual bands still read right. jargonShare is not fitted (no
 * administrative text in the corpora): jargon on 5 % of the words costs 10 points.
 */
// English has one model (OneStopEnglish holds passages only), for short and long texts alike.
const EN_MODEL: ScoreModel = ${modelLiteral(en.passage, '')};

export const SCORE_MODELS: Readonly<Record<'fr' | 'en', LanguageModel>> = {
  fr: {
    sentence: ${modelLiteral(fr.sentence, '    ')},
    passage: ${modelLiteral(fr.passage, '    ')},
    blendFromWords: ${BLEND_FROM},
    blendToWords: ${BLEND_TO},
  },
  en: {
    sentence: EN_MODEL,
    passage: EN_MODEL,
    blendFromWords: ${BLEND_FROM},
    blendToWords: ${BLEND_TO},
  },
};
`,
);
console.log('wrote src/engine/text/data/{fr,en}-common-words.ts, fr-graded-words.ts and score-weights.ts');
