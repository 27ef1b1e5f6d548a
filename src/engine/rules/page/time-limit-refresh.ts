import { defineRule, fail, pass, type PageFinding } from '../../model/rule';
import { queryDeep } from '../../dom';

/**
 * <meta http-equiv="refresh" content="N"> reloads or leaves the page after N seconds, whatever
 * the person is reading or typing (WCAG 2.2.1, technique F40/F41, RGAA 13.1): certain, so fail.
 * A zero delay is an immediate redirect, and 20 hours or more is allowed by 2.2.1: both pass.
 * axe-core's meta-refresh reports the same element as an accessibility failure; this rule files
 * it under the time-limit barrier so the report says who it shuts out.
 */
const TWENTY_HOURS = 72_000;

export default defineRule({
  id: 'time-limit-refresh',
  scope: 'page',
  impact: 'serious',
  tags: ['cat.balise', 'wcag2a', 'wcag221', 'RGAAv4'],
  barriers: ['time-limit'],
  text: {
    fr: {
      description: 'La page ne se recharge pas et ne change pas d’elle-même après un délai.',
      help: 'Retirez le rafraîchissement automatique, ou laissez la personne le couper ou le prolonger.',
      messages: {
        refresh: 'La page se recharge ou change d’adresse au bout de {seconds} secondes : la personne perd ce qu’elle lisait ou saisissait.',
      },
    },
    en: {
      description: 'The page does not reload or move on by itself after a delay.',
      help: 'Remove the automatic refresh, or let the person turn it off or extend it.',
      messages: {
        refresh: 'The page reloads or moves to another address after {seconds} seconds: the person loses what they were reading or typing.',
      },
    },
  },
  evaluatePage(doc) {
    const findings: PageFinding[] = [];
    for (const meta of queryDeep(doc, 'meta[http-equiv]')) {
      if ((meta.getAttribute('http-equiv') ?? '').trim().toLowerCase() !== 'refresh') continue;
      const delay = /^\s*(\d+(?:\.\d+)?)/.exec(meta.getAttribute('content') ?? '');
      if (!delay) continue;
      const seconds = Math.floor(Number.parseFloat(delay[1]!));
      const evidence = { delaySeconds: seconds, redirects: /url\s*=/i.test(meta.getAttribute('content') ?? '') };
      findings.push({ element: meta, outcome: seconds === 0 || seconds >= TWENTY_HOURS ? pass(evidence) : fail('refresh', { seconds }, evidence) });
    }
    return findings;
  },
});
