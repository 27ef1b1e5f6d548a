/**
 * WCAG 2.2 criteria that French and Belgian law do not require, so a report never cites them as
 * if it did. Sources:
 * - W3C, WCAG 2.2 Recommendation (https://www.w3.org/TR/WCAG22/): the level of each criterion.
 * - EN 301 549 v3.2.1 (2021-03), clause 9 (web content): WCAG 2.1 levels A and AA, clause
 *   numbers 9.<WCAG number>. The RGAA 4.1 follows it. The Web Accessibility Directive 2016/2102
 *   presumes conformity with this standard; the French and Belgian laws point to it.
 */

/** Level AAA: never required by the RGAA or EN 301 549; at most good practice. */
export const WCAG_AAA: ReadonlySet<string> = new Set([
  '1.2.6', '1.2.7', '1.2.8', '1.2.9', '1.3.6', '1.4.6', '1.4.7', '1.4.8', '1.4.9',
  '2.1.3', '2.2.3', '2.2.4', '2.2.5', '2.2.6', '2.3.2', '2.3.3', '2.4.8', '2.4.9', '2.4.10', '2.4.12', '2.4.13', '2.5.5', '2.5.6',
  '3.1.3', '3.1.4', '3.1.5', '3.1.6', '3.2.5', '3.3.5', '3.3.6', '3.3.9',
]);

/** Levels A and AA new in WCAG 2.2: not in EN 301 549 v3.2.1 nor in the RGAA 4.1 yet. */
export const WCAG_22_ONLY: ReadonlySet<string> = new Set(['2.4.11', '2.5.7', '2.5.8', '3.2.6', '3.3.7', '3.3.8']);
