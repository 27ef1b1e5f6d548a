/*
 * Fits the readability score on the TRAINING part of the shared corpora (see split.ts) and writes
 * the shipped data files: the common-word lists and the weights. Run: npx tsx tests/eval/fit-readability.ts
 * The held-out part is never read here. Settings (fit-settings.ts, graded-table.ts) were chosen by
 * 5-fold cross-validation inside the training part (cv-readability.ts; folds: FNV-1a("val:" + group
 * key) % 5, and two more assignments with other salts to tell a real gain from fold noise).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../src/engine/model/lang';
import { countText } from '../../src/engine/text/counts';
import { extractFeatures, FEATURE_NAMES, featureVector } from '../../src/engine/text/features';
import { fleschReadingEase, kandelMoles } from '../../src/engine/text/formulas';
import { lexiconFromList, type GradedWords, type Lexicon } from '../../src/engine/text/lexicon';
import { segmentText } from '../../src/engine/text/segment';
import { buildLexicon, doc, frenchTrainingDocs } from './build-lexicon';
import { loadOneStopEnglish, loadReadi, loadWivico } from './corpora';
import { GRADED_OPTIONS, gradedLevels, gradedTableKeys, type GradedText } from './graded-table';
import { fitPairwiseLogistic, mulberry32, type Pair } from './pairwise-logistic';
import {
  BLEND_FROM,
  BLEND_TO,
  calibrate,
  DIRECTIONS,
  foldOf,
  FOLDS,
  FR_LEXICON_SIZE,
  L2,
  OTHER_DIRECTIONS,
  PASSAGE_ONLY,
  READI_PAIRS_PER_CORPUS,
  READI_WEIGHTS,
  type CalibrationDoc,
  type Fitted,
} from './fit-settings';

const DATA_DIR = path.resolve(process.cwd(), 'src/engine/text/data');
const EN_LEXICON_SIZE = 2000;

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

function fitFrench(): { lexicon: string[]; graded: GradedWords; sentence: Fitted; passage: Fitted } {
  const wivico = loadWivico().filter((p) => p.part === 'train');
  const readi = loadReadi().filter((r) => r.part === 'train');
  const lexDocs = frenchTrainingDocs(wivico, readi);
  const lexicon = buildLexicon(lexDocs, 'fr', FR_LEXICON_SIZE, 3);
  console.log(`fr lexicon: ${lexicon.length} forms from ${lexDocs.length} training texts`);
  const rawVec = vectorizer('fr', lexiconFromList(lexicon.join(' ')));

  // Word levels come from the graded ljl texts (reading skill). A training ljl text's own feature
  // uses levels learnt from the other folds only, or the fit would trust the feature too much; the
  // shipped table, and every other corpus, use all ljl training texts.
  const gradedTexts = new Map<string, GradedText>();
  for (const r of readi.filter((x) => x.corpus === 'ljl')) {
    gradedTexts.set(r.text, { level: r.level, group: r.group, forms: gradedTableKeys(segmentText(r.text, 'fr')) });
  }
  const all = [...gradedTexts.values()];
  const graded = gradedLevels(all);
  const foldGraded = [...Array(FOLDS).keys()].map((f) => gradedLevels(all.filter((t) => foldOf(t.group) !== f)));
  const vec = (text: string, ljl = false) => {
    const own = ljl ? gradedTexts.get(text) : undefined;
    return rawVec(text, own ? foldGraded[foldOf(own.group)] : graded);
  };
  console.log(`fr graded words: ${graded.levels.size} keys from ${all.length} ljl training texts`);

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

  const sentenceBeta = fitPairwiseLogistic(sentencePairs, OTHER_DIRECTIONS, L2);
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
  const beta = fitPairwiseLogistic(pairs, OTHER_DIRECTIONS, L2);
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
const endings = [...fr.graded.levels.keys()].filter((k) => k.startsWith('-')).length;
const gradedLines = [...byLevel].sort((a, b) => a[0] - b[0]).map(([level, forms]) => `${level.toFixed(1)} ${forms.join(' ')}`);
writeFileSync(
  path.join(DATA_DIR, 'fr-graded-words.ts'),
  `/*
 * ${fr.graded.levels.size - endings} French word stems (Snowball) and ${endings} word endings ("-ent": the last three letters
 * of a word of five letters or more, for words whose stem is missing) met in lower-case words of at
 * least ${GRADED_OPTIONS.minTexts} graded reading texts of ${GRADED_OPTIONS.minGroups} groups (tests/eval/split.ts: so not from one book
 * only), by the mean level (1 = easiest, 4 = hardest) of those texts, smoothed towards the mean level
 * FR_GRADED_PRIOR (the level of any other word); see lexicon.ts gradedKeys. Generated by
 * tests/eval/fit-readability.ts from the TRAINING part of READI ljl only (see tests/eval/split.ts).
 * One line per level: "level key key ...".
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
 * ${JSON.stringify(READI_WEIGHTS)}, with gradedWordLevel and gradedCoveredLevel read from
 * fr-graded-words.ts (out-of-fold for the ljl training texts); ${[...PASSAGE_ONLY].join(', ')} in the
 * passage model only; en: OneStopEnglish topics
 * (ele < int < adv), one model for both. Settings chosen by cross-validation inside the training
 * part (tests/eval/cv-readability.ts).
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
