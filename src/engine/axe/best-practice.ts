import type axe from 'axe-core';
import type { Lang } from '../model/lang';
import { formatMessage } from '../model/message';

/**
 * The RGAAv4 tag pulls in axe rules that are best practices, tied to no WCAG or EN 301 549
 * success criterion (region, skip-link, table-duplicate-name): axe's "best-practice" tag says so.
 * Their failures are not certain WCAG failures, and region is stricter than the RGAA test it is
 * tied to (RGAA asks for landmarks on the header, menu, main content and footer, not around every
 * piece of content). They stay in the audit, as checks for a person, saying why.
 */
const STANDARD_TAG = /^(?:wcag\d+a+|wcag\d{3,}|EN-301-549|EN-9\.\d)/;

export function isBestPracticeOnly(tags: readonly string[]): boolean {
  return tags.includes('best-practice') && !tags.some((tag) => STANDARD_TAG.test(tag));
}

const REASON: Readonly<Record<Lang, { rgaa: string; none: string }>> = {
  fr: {
    rgaa: 'Bonne pratique d’axe-core, rattachée au test RGAA {rgaa} mais à aucun critère WCAG : ce n’est pas un défaut WCAG certain, vérifiez à la main.',
    none: 'Bonne pratique d’axe-core, rattachée à aucun critère WCAG : ce n’est pas un défaut WCAG certain, vérifiez à la main.',
  },
  en: {
    rgaa: "axe-core best practice, tied to RGAA test {rgaa} but to no WCAG success criterion: not a certain WCAG failure, check by hand.",
    none: 'axe-core best practice, tied to no WCAG success criterion: not a certain WCAG failure, check by hand.',
  },
};

export function bestPracticeReason(tags: readonly string[], lang: Lang): string {
  const rgaa = tags.filter((tag) => /^RGAA-\d/.test(tag)).map((tag) => tag.slice('RGAA-'.length));
  return rgaa.length ? formatMessage(REASON[lang].rgaa, { rgaa: rgaa.join(', ') }, lang) : REASON[lang].none;
}

/** Moves best-practice-only violations to "incomplete"; every node of such a rule says why. */
export function bestPracticeToReview(results: axe.AxeResults, lang: Lang): void {
  const explain = (rule: axe.Result): axe.Result => {
    const reason = bestPracticeReason(rule.tags, lang);
    return { ...rule, nodes: rule.nodes.map((node) => ({ ...node, failureSummary: node.failureSummary ? `${reason}\n${node.failureSummary}` : reason })) };
  };
  const demoted = results.violations.filter((rule) => isBestPracticeOnly(rule.tags));
  results.violations = results.violations.filter((rule) => !isBestPracticeOnly(rule.tags));
  results.incomplete = results.incomplete.map((rule) => (isBestPracticeOnly(rule.tags) ? explain(rule) : rule));
  for (const rule of demoted) {
    const explained = explain(rule);
    const same = results.incomplete.find((r) => r.id === rule.id);
    if (same) same.nodes.push(...explained.nodes);
    else results.incomplete.push(explained);
  }
}
