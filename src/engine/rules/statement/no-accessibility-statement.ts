import { defineRule, fail, pass, review } from '../../model/rule';
import { linkText, readableText } from '../../dom/page-text';
import { collapseWhitespace } from '../../dom/collapse-whitespace';

/**
 * French law (loi 2005-102 art. 47) and the EU directive 2016/2102 require a public service to
 * publish an accessibility statement and to show its conformity ("Accessibilité : partiellement
 * conforme") on its pages. A missing link on one page is not certain proof (it may sit on the
 * home page only), so it needs review; a service that declares itself "non conforme" is certain.
 */
const CONFORMITY = /accessibilit[ée]\s*:?\s*(totalement|partiellement|non)\s+conforme/i;
const CONFORMITY_EN = /accessibility\s*:?\s*(fully|partially|not|non)[\s-]+(compliant|conformant)/i;
const STATEMENT_LINK = /accessibilit[ée]|accessibility|toegankelijkheid/i;

const LEVELS = { totalement: 'full', fully: 'full', partiellement: 'partial', partially: 'partial', non: 'none', not: 'none' } as const;

export default defineRule({
  id: 'no-accessibility-statement',
  scope: 'page',
  impact: 'moderate',
  tags: ['cat.balise', 'RGAAv4'],
  barriers: ['no-accessibility-statement'],
  text: {
    fr: {
      description: "La page donne un lien vers la déclaration d’accessibilité et l’état de conformité du service.",
      help: "Une déclaration d’accessibilité est obligatoire pour un service public en ligne.",
      messages: {
        declaredNone: 'Le service déclare lui-même : « {mention} ».',
        declaredPartial: 'Le service se déclare partiellement conforme (« {mention} ») : lisez la déclaration pour voir ce qui ne marche pas.',
        notFound: "Aucun lien vers une déclaration d’accessibilité ni mention de conformité sur cette page. Vérifiez la page d’accueil et le pied de page.",
      },
    },
    en: {
      description: 'The page links to the accessibility statement and states how far the service conforms.',
      help: 'An online public service must publish an accessibility statement.',
      messages: {
        declaredNone: 'The service itself declares: "{mention}".',
        declaredPartial: 'The service declares itself partially compliant ("{mention}"): read the statement to see what does not work.',
        notFound: 'No link to an accessibility statement and no conformity mention on this page. Check the home page and the footer.',
      },
    },
  },
  evaluatePage(doc) {
    const text = readableText(doc.body);
    const match = CONFORMITY.exec(text) ?? CONFORMITY_EN.exec(text);
    const link = [...doc.querySelectorAll('a[href]')].find((a) => STATEMENT_LINK.test(linkText(a)));
    if (match) {
      const mention = match[0];
      const level = LEVELS[(match[1] ?? '').toLowerCase() as keyof typeof LEVELS] ?? 'unknown';
      const element = findElementWithText(doc, mention) ?? link;
      const evidence = { mention, conformity: level, link: link ? linkText(link) : null };
      if (level === 'none') return [{ element, outcome: fail('declaredNone', { mention }, evidence) }];
      if (level === 'partial') return [{ element, outcome: review('declaredPartial', { mention }, evidence) }];
      return [{ element, outcome: pass(evidence) }];
    }
    if (link) return [{ element: link, outcome: pass({ link: linkText(link) }) }];
    return [{ outcome: review('notFound') }];
  },
});

function findElementWithText(doc: Document, mention: string): Element | undefined {
  const candidates = [...doc.querySelectorAll('a, p, li, span, div, footer')];
  // The deepest element holding the whole mention is the most useful evidence.
  return candidates.reverse().find((el) => collapseWhitespace(el.textContent ?? '').includes(mention));
}
