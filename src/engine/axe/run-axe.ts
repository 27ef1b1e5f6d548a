import axe from 'axe-core';
import type { Lang } from '../model/lang';
import { bestPracticeToReview } from './best-practice';
import { axeLocale } from './locale';
import { withoutEvalTemplates } from './no-eval-locale';
import { skippedTargetSize, TARGET_SIZE, tooManyTargets } from './target-size-cap';

/**
 * The only place that configures and runs axe-core. We run WCAG 2.x A/AA, EN 301 549 and RGAA
 * rules, one frame at a time: each frame is audited by its own copy of the engine (injected by
 * the shell), so axe never waits on frames that have no axe in them. RGAAv4 also brings in a few
 * best-practice rules, tied to no WCAG criterion: their failures are turned into checks to make.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'EN-301-549', 'RGAAv4'];

/** Our own overlay (highlight of a finding) must never be audited. */
const OUR_UI = '[data-balise-ui]';

export const axeVersion: string = axe.version;

let queue: Promise<unknown> = Promise.resolve();

export function runAxe(doc: Document, lang: Lang): Promise<axe.AxeResults> {
  // axe refuses to run twice at once in one realm; audits asked for together wait their turn.
  const run = queue.then(() => runAxeNow(doc, lang));
  queue = run.catch(() => undefined);
  return run;
}

async function runAxeNow(doc: Document, lang: Lang): Promise<axe.AxeResults> {
  axe.reset();
  const locale = axeLocale(lang);
  if (locale) axe.configure({ locale: withoutEvalTemplates(locale) });
  const context: axe.ContextObject = { include: [doc.documentElement], exclude: [OUR_UI] };
  const targets = tooManyTargets(doc);
  const results = await axe.run(context, {
    runOnly: { type: 'tag', values: AXE_TAGS },
    ...(targets === null ? {} : { rules: { [TARGET_SIZE]: { enabled: false } } }),
    resultTypes: ['violations', 'incomplete', 'passes', 'inapplicable'],
    iframes: false,
    elementRef: true,
    selectors: true,
    ancestry: false,
    xpath: false,
    performanceTimer: false,
  });
  if (targets !== null) results.incomplete.push(skippedTargetSize(doc, targets, lang));
  bestPracticeToReview(results, lang);
  return results;
}
