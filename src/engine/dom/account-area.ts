import { queryDeep } from './query-deep';
import { collapseWhitespace } from './collapse-whitespace';

/**
 * The strip of a signed-in page that shows who is signed in: "MARIE DUPONT | Déconnexion",
 * "Mirabelle Granvillon  Sign out". The name there is the person's, printed with no greeting
 * before it, so no text pattern can tell it from a heading or an acronym. Its place gives it away:
 * it sits next to the sign-out control. Text in that small area is never read.
 *
 * The area is the largest ancestor of a sign-out control, at most AREA_LEVELS up, whose text stays
 * within AREA_TEXT characters: the name and a few account links, not the whole header.
 */
const SIGN_OUT_TEXT = /^(?:se |me )?d[ée]connex|^(?:se |me )?d[ée]connecter|^log ?out\b|^sign ?out\b|^log off\b|^afmelden\b|^uitloggen\b|^abmelden\b/i;
const SIGN_OUT_HREF = /(?:^|[/?#=_-])(?:logout|log-out|log_out|signout|sign-out|sign_out|deconnexion|d%C3%A9connexion)(?:$|[/?#.&_-])/i;
const CONTROLS = 'a[href], button, [role="button"], [role="link"], input[type="submit"], input[type="button"], form[action]';
const AREA_LEVELS = 4;
const AREA_TEXT = 120;
const LONGEST_CONTROL_TEXT = 40;

/** The account areas of a document (see above), as a test on elements: whether one is inside one. */
export function accountAreas(doc: Document): (el: Element) => boolean {
  const areas = new Set<Element>();
  // Open shadow roots too: text-blocks.ts reads them, so a header component's sign-out counts.
  for (const control of queryDeep(doc, CONTROLS)) {
    if (isSignOut(control)) areas.add(areaAround(control));
  }
  if (areas.size === 0) return () => false;
  return (el) => areas.has(el);
}

function isSignOut(control: Element): boolean {
  // Each name a control may carry, as a person or a screen reader meets it; an empty one says nothing.
  for (const name of [control.getAttribute('aria-label'), control.getAttribute('value'), control.textContent]) {
    const text = (name ?? '').trim();
    if (text && text.length <= LONGEST_CONTROL_TEXT && SIGN_OUT_TEXT.test(text)) return true;
  }
  const address = control.getAttribute(control.localName === 'form' ? 'action' : 'href');
  return address !== null && SIGN_OUT_HREF.test(address);
}

function areaAround(control: Element): Element {
  let area = control;
  for (let level = 0, parent = control.parentElement; level < AREA_LEVELS && parent; level++, parent = parent.parentElement) {
    if (parent.localName === 'body' || parent.localName === 'html') break;
    if (textLength(parent) > AREA_TEXT) break;
    area = parent;
  }
  return area;
}

function textLength(el: Element): number {
  return collapseWhitespace(el.textContent ?? '').trim().length;
}
