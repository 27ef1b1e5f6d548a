import { once } from '../../dom/read-once';
import { linkText, readableText } from '../../dom/page-text';
import { collapseWhitespace } from '../../dom/collapse-whitespace';

/**
 * What a page says about its accessibility statement: French law (loi 2005-102 art. 47) asks every
 * page of a public service to show its conformity ("Accessibilité : partiellement conforme") and
 * to link to the statement. Read once here for the two rules that use it: whether there is a
 * statement at all (no-accessibility-statement), and what the service declares in it
 * (statement-conformity).
 */
const CONFORMITY = /accessibilit[ée]\s*:?\s*(totalement|partiellement|non)\s+conforme/i;
const CONFORMITY_EN = /accessibility\s*:?\s*(fully|partially|not|non)[\s-]+(compliant|conformant)/i;
const STATEMENT_LINK = /accessibilit[ée]|accessibility|toegankelijkheid/i;

const LEVELS = { totalement: 'full', fully: 'full', partiellement: 'partial', partially: 'partial', non: 'none', not: 'none' } as const;

export type Conformity = 'full' | 'partial' | 'none' | 'unknown';

export interface StatementMention {
  /** The conformity mention as the page words it, when there is one. */
  mention?: { text: string; conformity: Conformity; element?: Element };
  /** The first link whose name speaks of accessibility. */
  link?: HTMLAnchorElement;
}

export function findStatementMention(doc: Document): StatementMention {
  return once('statement-mention', doc, readStatementMention);
}

function readStatementMention(doc: Document): StatementMention {
  const text = readableText(doc.body);
  const match = CONFORMITY.exec(text) ?? CONFORMITY_EN.exec(text);
  const link = [...doc.querySelectorAll<HTMLAnchorElement>('a[href]')].find((a) => STATEMENT_LINK.test(linkText(a)));
  const found: StatementMention = link ? { link } : {};
  if (match) {
    const mention = match[0];
    const conformity = LEVELS[(match[1] ?? '').toLowerCase() as keyof typeof LEVELS] ?? 'unknown';
    const element = findElementWithText(doc, mention) ?? link;
    found.mention = element ? { text: mention, conformity, element } : { text: mention, conformity };
  }
  return found;
}

function findElementWithText(doc: Document, mention: string): Element | undefined {
  const candidates = [...doc.querySelectorAll('a, p, li, span, div, footer')];
  // The deepest element holding the whole mention is the most useful evidence.
  return candidates.reverse().find((el) => collapseWhitespace(el.textContent ?? '').includes(mention));
}
