import axe from 'axe-core';
import { AXE_TAGS } from '../../src/engine/axe/run-axe';
import { axeLocale } from '../../src/engine/axe/locale';
import { withoutEvalTemplates } from '../../src/engine/axe/no-eval-locale';
import { rules } from '../../src/engine/rules';
import { runRules } from '../../src/engine/rules/run-rules';
import { pageMetrics } from '../../src/engine/metrics/page-metrics';
import { readabilityMetrics } from '../../src/engine/metrics/readability-metrics';
import { collectStepFields } from '../../src/engine/journey/collect-step-fields';
import { collectStepSignals } from '../../src/engine/journey/collect-step-signals';
import type { Lang } from '../../src/engine/model';
import { readingPage } from '../../src/engine/dom/read-once';

/**
 * Bundled by the benchmark (not shipped): where an audit's time goes. axe runs as the engine
 * configures it, with axe's own performance timer on (one "rule_<id>" measure per rule); each of
 * our rules and collectors runs alone under a stopwatch, in a page read of its own (read-once.ts),
 * so work that several of them share is counted in each.
 */
export interface Profile {
  axe: Array<{ id: string; ms: number }>;
  ours: Array<{ id: string; ms: number }>;
}

declare global {
  var __baliseProfile: (lang: Lang) => Promise<Profile>;
  var __baliseOurs: (lang: Lang) => number;
}

globalThis.__baliseProfile = async (lang) => {
  axe.reset();
  const locale = axeLocale(lang);
  if (locale) axe.configure({ locale: withoutEvalTemplates(locale) });
  performance.clearMeasures();
  // axe logs each measure to the console when its timer is on: keep the page's console quiet.
  const log = console.log;
  console.log = () => undefined;
  try {
    await axe.run(
      { include: [document.documentElement], exclude: ['[data-balise-ui]'] },
      { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations', 'incomplete', 'passes', 'inapplicable'], iframes: false, elementRef: true, selectors: true, ancestry: false, xpath: false, performanceTimer: true },
    );
  } finally {
    console.log = log;
  }
  const axeTimes = performance
    .getEntriesByType('measure')
    .filter((m) => /^rule_[^#]+$/.test(m.name))
    .map((m) => ({ id: `axe:${m.name.slice('rule_'.length)}`, ms: m.duration }));

  const ctx = { lang, profile: 'general' as const };
  const stopwatch = (id: string, run: () => unknown) => {
    const started = performance.now();
    readingPage(run);
    return { id, ms: performance.now() - started };
  };
  const ours = [
    ...rules.map((rule) => stopwatch(rule.id, () => runRules(document, [rule], ctx))),
    stopwatch('metrics:pageMetrics', () => pageMetrics(document)),
    stopwatch('metrics:collectStepFields', () => collectStepFields(document)),
    stopwatch('metrics:collectStepSignals', () => collectStepSignals(document)),
    stopwatch('metrics:readabilityMetrics', () => readabilityMetrics(document, lang)),
  ];
  return { axe: axeTimes, ours };
};

/** Our heuristics and collectors alone, as runAudit runs them, for a CPU profile. */
globalThis.__baliseOurs = (lang) => {
  const started = performance.now();
  readingPage(() => {
    runRules(document, rules, { lang, profile: 'general' });
    pageMetrics(document);
    collectStepFields(document);
    collectStepSignals(document);
    readabilityMetrics(document, lang);
  });
  return performance.now() - started;
};
