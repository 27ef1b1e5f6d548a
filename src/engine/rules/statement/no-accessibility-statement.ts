import { defineRule, pass, review } from '../../model/rule';
import { linkText } from '../../dom/page-text';
import { findStatementContact } from './statement-contact';
import { findStatementMention } from './statement-mention';

/**
 * French law (loi 2005-102 art. 47) and the EU directive 2016/2102 require a public service to
 * publish an accessibility statement and to show its conformity on its pages. This rule only asks
 * whether the page points to a statement: what the statement declares (partial or no
 * conformity) is statement-conformity's finding, so that a service with a statement is never told
 * it has none. A missing link on one page is not certain proof (it may sit on the home page only),
 * so it needs review. The evidence records where to write to the service (statement-contact.ts).
 */
export default defineRule({
  id: 'no-accessibility-statement',
  scope: 'page',
  impact: 'moderate',
  tags: ['cat.balise', 'RGAAv4'],
  barriers: ['no-accessibility-statement'],
  publishedContactKeys: ['contactEmail'],
  text: {
    fr: {
      description: "La page donne un lien vers la déclaration d’accessibilité et l’état de conformité du service.",
      help: "Une déclaration d’accessibilité est obligatoire pour un service public en ligne.",
      messages: {
        notFound: "Aucun lien vers une déclaration d’accessibilité ni mention de conformité sur cette page. Vérifiez la page d’accueil et le pied de page.",
      },
    },
    en: {
      description: 'The page links to the accessibility statement and states how far the service conforms.',
      help: 'An online public service must publish an accessibility statement.',
      messages: {
        notFound: 'No link to an accessibility statement and no conformity mention on this page. Check the home page and the footer.',
      },
    },
  },
  evaluatePage(doc) {
    const { mention, link } = findStatementMention(doc);
    const { statementUrl, contactEmail, contactUrl } = findStatementContact(doc, link);
    const where = { statementUrl: statementUrl ?? null, contactEmail: contactEmail ?? null, contactUrl: contactUrl ?? null };
    const linkName = link ? linkText(link) : null;
    if (mention) return [{ element: mention.element, outcome: pass({ mention: mention.text, conformity: mention.conformity, link: linkName, ...where }) }];
    if (link) return [{ element: link, outcome: pass({ link: linkName, ...where }) }];
    return [{ outcome: review('notFound', {}, where) }];
  },
});
