import { FIELD_SELECTOR } from './field';
import { queryDeep } from './query-deep';
import { linkText } from './page-text';

/**
 * Whether a page is a step of a procedure: it has a form with questions, not only a search box or
 * a cookie banner. Search forms (role=search, type=search) and single-field forms are left out.
 */
export function isProcedureStep(doc: Document): boolean {
  for (const form of queryDeep(doc, 'form')) {
    if (form.matches('[role=search], [role=search] *') || form.querySelector('input[type=search]')) continue;
    if (form.querySelectorAll(FIELD_SELECTOR).length >= 1 && form.querySelector('button, input[type=submit]')) return true;
  }
  return false;
}

const BACK = /^(?:[‹«<←]\s*)?(?:retour(?:\s+(?:[àa]\s+l['’]|[àa]\s+la\s+)?(?:[ée]tape\s+pr[ée]c[ée]dente|page\s+pr[ée]c[ée]dente|question\s+pr[ée]c[ée]dente))?|pr[ée]c[ée]dent(?:e)?|[ée]tape\s+pr[ée]c[ée]dente|revenir(?:\s+en\s+arri[èe]re|\s+[àa]\s+l['’][ée]tape\s+pr[ée]c[ée]dente)?|back|go\s+back|previous(?:\s+(?:step|page|question))?)$/i;

/** A link or button that takes the person one step back. */
export function findBackControl(doc: Document): Element | undefined {
  return queryDeep(doc, '.govuk-back-link, .fr-link--back, a[href], button, input[type=submit], input[type=button]').find((el) => {
    if (el.matches('.govuk-back-link, .fr-link--back')) return true;
    const name = el.localName === 'input' ? (el.getAttribute('value') ?? '') : linkText(el);
    return BACK.test(name.trim());
  });
}
