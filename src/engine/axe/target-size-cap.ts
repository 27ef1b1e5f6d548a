import axe from 'axe-core';
import type { Lang } from '../model/lang';
import { formatMessage } from '../model/message';
import { queryDeep } from '../dom/query-deep';

/**
 * axe's target-size rule measures each target against its neighbours. When hundreds of targets
 * sit side by side (inline checkboxes, a grid of links) its cost grows with the square of their
 * number: in headless Chromium about 0.5 s for 250 inline fields, 1.5 s for 500, 14 s for 1,000
 * and 50 s for 2,000 (measured with `npm run bench`'s profile). Above MAX_TARGETS the rule is not
 * run; the audit says so as a check left to a person, with the count, rather than hang or stay silent.
 */
export const TARGET_SIZE = 'target-size';
export const MAX_TARGETS = 500;

/** What axe's target-size rule looks at: focusable widgets (a superset is fine for a count). */
const TARGETS =
  'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex], [contenteditable], [role=button], [role=link], [role=checkbox], [role=radio], [role=switch], [role=tab], [role=menuitem], [role=option], [role=slider], [role=spinbutton], [role=combobox], [role=textbox]';

const MESSAGE: Readonly<Record<Lang, string>> = {
  fr: "Non vérifié automatiquement : la page compte {count} cibles cliquables, et au-delà de {max} la vérification d’axe-core prend trop de temps (elle croît avec le carré de leur nombre). Vérifiez à la main que chaque cible mesure au moins 24 × 24 pixels ou qu'elle est assez éloignée des autres.",
  en: "Not checked automatically: the page has {count} clickable targets, and above {max} axe-core's check takes too long (it grows with the square of their number). Check by hand that each target is at least 24 by 24 pixels or far enough from the others.",
};

/** The number of targets, when there are too many for target-size to run; null otherwise. */
export function tooManyTargets(doc: Document): number | null {
  const count = queryDeep(doc, TARGETS).length;
  return count > MAX_TARGETS ? count : null;
}

/**
 * The skipped rule as an axe "incomplete" result on the document, so it reaches every report
 * like any other check that needs a person. Call after axe.configure (texts in the audit's language).
 */
export function skippedTargetSize(doc: Document, count: number, lang: Lang): axe.Result {
  const rule = axe.getRules().find((r) => r.ruleId === TARGET_SIZE);
  const message = formatMessage(MESSAGE[lang], { count, max: MAX_TARGETS });
  const check = { id: TARGET_SIZE, impact: 'serious', message, data: null, relatedNodes: [] };
  const node = { html: '<html>', target: ['html'], impact: 'serious', any: [check], all: [], none: [], failureSummary: message, element: doc.documentElement };
  return {
    id: TARGET_SIZE,
    impact: 'serious',
    tags: rule?.tags ?? ['wcag22aa', 'wcag258'],
    description: rule?.description ?? '',
    help: rule?.help ?? '',
    helpUrl: rule?.helpUrl ?? '',
    nodes: [node],
  } as axe.Result;
}
