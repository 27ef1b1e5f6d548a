import { defineRule, fail, pass, review, type PageFinding } from '../../model/rule';

/**
 * At 320 CSS px (a phone, or 1280 px zoomed to 400 %) content must fit without scrolling
 * sideways (WCAG 1.4.10, RGAA 10.11). This needs a real layout: in a DOM without one (happy-dom,
 * scrollWidth 0) and in a window wider than a phone the rule is inapplicable; narrow the window
 * or use device emulation to run it. Overflow caused by other content: fail. Only by tables,
 * code, maps, media or canvases, which 1.4.10 exempts when two-dimensional: needs review.
 */
const PHONE_WIDTH = 400;
const EXEMPT = 'table, pre, code, img, video, canvas, svg, iframe, object, embed, [role=application], [role=img], .map, .leaflet-container';
const MAX_REPORTED = 5;

export default defineRule({
  id: 'mobile-overflow',
  scope: 'page',
  impact: 'serious',
  tags: ['cat.balise', 'wcag21aa', 'wcag1410', 'RGAAv4'],
  barriers: ['not-mobile-friendly'],
  text: {
    fr: {
      description: 'À 320 px de large, la page se lit sans défilement horizontal.',
      help: 'Utilisez des largeurs relatives et laissez les blocs passer les uns sous les autres sur petit écran.',
      messages: {
        overflow: 'À {viewport} px de large, cet élément dépasse ({right} px) : il faut faire défiler la page de côté.',
        exemptOverflow: 'À {viewport} px de large, ce tableau, média ou bloc de code dépasse ({right} px) : vérifiez qu’il doit vraiment se lire en deux dimensions.',
      },
    },
    en: {
      description: 'At 320 px wide, the page reads without horizontal scrolling.',
      help: 'Use relative widths and let blocks stack on small screens.',
      messages: {
        overflow: 'At {viewport} px wide, this element overflows ({right} px): the page must be scrolled sideways.',
        exemptOverflow: 'At {viewport} px wide, this table, media or code block overflows ({right} px): check that it really needs two dimensions.',
      },
    },
  },
  evaluatePage(doc) {
    const root = doc.documentElement;
    const viewport = root.clientWidth;
    if (root.scrollWidth === 0 || viewport === 0 || viewport > PHONE_WIDTH) return [];
    const evidence = { viewport, scrollWidth: root.scrollWidth };
    if (root.scrollWidth <= viewport + 1) return [{ outcome: pass(evidence) }];
    const findings: PageFinding[] = [];
    for (const element of outermostOverflowing(doc, viewport)) {
      const right = Math.round(element.getBoundingClientRect().right + (doc.defaultView?.scrollX ?? 0));
      const exempt = element.matches(EXEMPT) || !!element.closest(EXEMPT);
      const data = { viewport, right };
      findings.push({ element, outcome: exempt ? review('exemptOverflow', data, { ...evidence, right }) : fail('overflow', data, { ...evidence, right }) });
      if (findings.length >= MAX_REPORTED) break;
    }
    // The page scrolls sideways but no element sticks out (negative margins, transforms): still certain.
    return findings.length ? findings : [{ outcome: fail('overflow', { viewport, right: root.scrollWidth }, evidence) }];
  },
});

/** Elements whose right edge passes the viewport while their parent's does not: where overflow starts. One layout read per element. */
function outermostOverflowing(doc: Document, viewport: number): Element[] {
  const found: Element[] = [];
  const scrollX = doc.defaultView?.scrollX ?? 0;
  const overflowing = new Set<Element>();
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
    const rect = node.getBoundingClientRect();
    if (rect.width === 0 || rect.right + scrollX <= viewport + 1) continue;
    overflowing.add(node);
    if (node.parentElement && overflowing.has(node.parentElement)) continue;
    found.push(node);
  }
  return found;
}
