import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { rules } from '../engine/rules';
import { runRules } from '../engine/rules/run-rules';
import { readingPage } from '../engine/dom/read-once';
import { readabilityMetrics } from '../engine/metrics/readability-metrics';
import { detectLang } from '../engine/dom/text-blocks';
import { toLang, type Lang } from '../engine/model/lang';
import type { RuleResult } from '../engine/model/result';
import { textToHtml } from './readability-text';

/** One file's readability line: counts, formulas, our score and level, plain-language findings. */
const LANGUAGE_RULES = rules.filter((r) => r.tags.includes('cat.language'));
// A text file has no links: the link rule would only say "not applicable".
const TEXT_RULES = LANGUAGE_RULES.filter((r) => r.id !== 'vague-link-text');

export interface Finding {
  rule: string;
  outcome: 'fail' | 'review';
  target: string;
  message: string;
}

function findingsOf(results: readonly RuleResult[], outcome: Finding['outcome']): Finding[] {
  return results.flatMap((r) =>
    r.nodes.map((n) => ({ rule: r.id, outcome, target: n.target.flat().join(' '), message: n.failureSummary ?? '' })),
  );
}

export function analyseFile(file: string, forced?: Lang): Record<string, unknown> {
  const raw = readFileSync(file, 'utf8');
  const isHtml = /^\.x?html?$/i.test(extname(file));
  const window = new Window({
    url: 'http://127.0.0.1/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  try {
    const doc = window.document as unknown as Document;
    const guess = (text: string) => forced ?? toLang(detectLang(text, { decide: true })) ?? 'fr';
    doc.write(isHtml ? raw : textToHtml(raw, guess(raw)));
    const root = doc.documentElement;
    if (!toLang(root.getAttribute('lang'))) root.setAttribute('lang', guess(doc.body?.textContent ?? ''));
    const pageLang = toLang(root.getAttribute('lang')) ?? 'fr';
    // One read of the page for the summary and the rules: they share its blocks (read-once.ts).
    const { summary, lang, results } = readingPage(() => {
      const summary = readabilityMetrics(doc, pageLang);
      const lang = summary.lang ?? pageLang;
      return { summary, lang, results: runRules(doc, isHtml ? LANGUAGE_RULES : TEXT_RULES, { lang, profile: 'general' }) };
    });
    const formulas =
      lang === 'fr'
        ? { kandelMoles: summary.kandelMoles ?? null }
        : { fleschReadingEase: summary.fleschReadingEase ?? null, fleschKincaidGrade: summary.fleschKincaidGrade ?? null };
    return {
      file,
      lang,
      words: summary.words,
      sentences: summary.sentences,
      syllables: summary.syllables,
      lix: summary.lix,
      ...formulas,
      score: summary.score,
      level: summary.level?.[lang] ?? null,
      findings: [...findingsOf(results.violations, 'fail'), ...findingsOf(results.incomplete, 'review')],
      ...(results.errors.length ? { errors: results.errors } : {}),
    };
  } finally {
    void window.happyDOM.close();
  }
}

