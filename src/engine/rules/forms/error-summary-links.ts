import { defineRule, inapplicable, pass, review } from '../../model/rule';
import { FIELD_SELECTOR, isHidden, linkText } from '../../dom';

/**
 * An error summary at the top of the page helps only if each error links to its field: the
 * person (or their screen reader) jumps straight to what to fix. Summary with every link reaching
 * a field: pass. Links missing, or pointing at nothing: needs review, since the page may still be
 * usable by scrolling.
 */
const SUMMARY = '.govuk-error-summary, .fr-error-summary, [data-module="govuk-error-summary"], .error-summary';

export default defineRule({
  id: 'error-summary-links',
  scope: 'element',
  selector: SUMMARY,
  impact: 'moderate',
  tags: ['cat.balise'],
  barriers: ['unclear-errors'],
  text: {
    fr: {
      description: 'Le récapitulatif des erreurs mène à chaque champ à corriger.',
      help: 'Faites de chaque erreur du récapitulatif un lien vers le champ concerné.',
      messages: {
        noLinks: 'Le récapitulatif des erreurs ne contient aucun lien vers les champs à corriger.',
        brokenLinks: '{broken, plural, one {# lien} other {# liens}} sur {total} du récapitulatif des erreurs {broken, plural, one {ne mène} other {ne mènent}} à aucun champ.',
      },
    },
    en: {
      description: 'The error summary leads to each field to fix.',
      help: 'Make each error in the summary a link to its field.',
      messages: {
        noLinks: 'The error summary has no links to the fields to fix.',
        brokenLinks: '{broken} of {total} links in the error summary {broken, plural, one {leads} other {lead}} to no field.',
      },
    },
  },
  evaluate(element) {
    if (isHidden(element)) return inapplicable();
    const links = [...element.querySelectorAll('a[href^="#"]')];
    if (links.length === 0) return review('noLinks', {}, { links: 0 });
    const root = element.getRootNode() as Document | ShadowRoot;
    const broken = links.filter((link) => {
      const id = decodeURIComponent((link.getAttribute('href') ?? '').slice(1));
      const target = id ? (root.getElementById?.(id) ?? element.ownerDocument.getElementById(id)) : null;
      return !target || !(target.matches(FIELD_SELECTOR) || target.querySelector(FIELD_SELECTOR) || target.matches('fieldset, [role=radiogroup], [role=group]'));
    });
    const evidence = { links: links.length, broken: broken.length, first: linkText(links[0]!).slice(0, 80) };
    return broken.length ? review('brokenLinks', { broken: broken.length, total: links.length }, evidence) : pass(evidence);
  },
});
