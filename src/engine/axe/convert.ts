import type axe from 'axe-core';
import type { CheckResult, Impact, NodeResult, PageAudit, RuleResult } from '../model/result';
import { barriersFromTags } from '../model/barriers';
import { identifierHoldsPersonalData } from '../privacy/personal-data';
import { maskInIdentifiers } from '../privacy/mask-personal-data';
import { safeSnippet, sanitizeHtmlString } from '../dom/safe-snippet';
import { targetOf } from '../dom/selector';

/**
 * axe picks attribute selectors for uniqueness, and quotes their values: a field's value, a link's
 * address with its query string (a[href="/suivi?token=…"]), a data-* or title attribute holding
 * the person's data, and its ids and classes can hold a file number ("#dossier-HDJ2123F") or a
 * document's name ("#piece-jeanne-dupont-rib.pdf"). A
 * target keeps axe's selector only when each attribute in it is structural and nothing in it
 * looks like personal data; else it is rebuilt from the element (targetOf skips such ids).
 */
const STRUCTURAL_SELECTOR_ATTRIBUTES = new Set(['type', 'role', 'for', 'name', 'autocomplete', 'lang', 'dir', 'scope']);

type Buckets = Pick<PageAudit, 'violations' | 'incomplete' | 'passes' | 'inapplicable'>;

/**
 * axe results -> our results. Every axe finding is at least an `inaccessible` barrier. Check
 * `data` and related nodes are dropped: they can quote page content, and the messages already
 * say what is wrong. HTML snippets are rebuilt from the element without its values.
 */
export function fromAxeResults(results: axe.AxeResults): Buckets {
  return {
    violations: results.violations.map(fromAxeRule),
    incomplete: results.incomplete.map(fromAxeRule),
    passes: results.passes.map(fromAxeRule),
    inapplicable: results.inapplicable.map(fromAxeRule),
  };
}

function fromAxeRule(rule: axe.Result): RuleResult {
  const barriers = barriersFromTags(rule.tags);
  return {
    id: rule.id,
    source: 'axe',
    impact: (rule.impact ?? null) as Impact | null,
    tags: rule.tags,
    barriers: barriers.includes('inaccessible') ? barriers : ['inaccessible', ...barriers],
    description: rule.description,
    help: rule.help,
    helpUrl: rule.helpUrl,
    nodes: rule.nodes.map(fromAxeNode),
  };
}

function fromAxeNode(node: axe.NodeResult): NodeResult {
  const element = (node as axe.NodeResult & { element?: Element }).element;
  return {
    target: element && !isStructural(node.target) ? targetOf(element) : (node.target as NodeResult['target']),
    html: element ? safeSnippet(element) : sanitizeHtmlString(node.html),
    impact: (node.impact ?? null) as Impact | null,
    failureSummary: node.failureSummary === undefined ? undefined : maskMessage(node.failureSummary),
    any: node.any.map(fromCheck),
    all: node.all.map(fromCheck),
    none: node.none.map(fromCheck),
  };
}

function isStructural(target: axe.NodeResult['target']): boolean {
  // The selectors themselves, not their JSON: its opening bracket would read as an attribute selector.
  const text = (target as unknown[]).flat(2).join(' ');
  const attributes = [...text.matchAll(/\[\s*([^\s~|^$*!=\]]+)/g)].map((m) => m[1]!.toLowerCase());
  return attributes.every((name) => STRUCTURAL_SELECTOR_ATTRIBUTES.has(name)) && !identifierHoldsPersonalData(cssUnescape(text));
}

/** Ids and classes as the page wrote them: axe escapes their dots ("#rib\.pdf") and leading digits ("#\31 2"). */
function cssUnescape(selector: string): string {
  return selector.replace(/\\(?:([\da-f]{1,6})\s?|(.))/gi, (_m, hex: string | undefined, char: string | undefined) => (hex ? String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff) || 0xfffd) : char!));
}

function fromCheck(check: axe.CheckResult): CheckResult {
  return { id: check.id, impact: (check.impact ?? null) as Impact | null, message: maskMessage(check.message) };
}

/**
 * axe's messages quote ids and attribute values ("…with the same id attribute: piece-HDJ2123F",
 * "Invalid ARIA attribute value: aria-describedby=…"): they are masked as ids are in excerpts.
 * Colours ("foreground color: #0a0a0a") and sizes ("1216px by 36px", "1013.333px") are the
 * evidence of contrast and target-size findings and are kept.
 */
const COLOUR = /^[\da-f]{3,8}$/i;
const MEASURE = /^\(?\d+(?:\.\d+)?(?:px|pt|em|rem|%)[,)]?$/;

function maskMessage(message: string): string {
  return maskInIdentifiers(message, (hit) => (message[hit.start - 1] === '#' && COLOUR.test(message.slice(hit.start, hit.end))) || MEASURE.test(tokenAround(message, hit)));
}

function tokenAround(text: string, { start, end }: { start: number; end: number }): string {
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  while (end < text.length && !/\s/.test(text[end]!)) end++;
  return text.slice(start, end);
}
