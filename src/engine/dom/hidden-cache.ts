/**
 * isHidden for many elements at once: each ancestor's style is read a single time, so checking
 * every field of a 5,000-field form stays linear (isHidden alone walks all ancestors per field).
 */
export function hiddenChecker(): (element: Element) => boolean {
  // Chromium answers display and visibility natively, much faster than reading computed styles;
  // aria-hidden and the hidden attribute are still checked by hand (aria-hidden is not a style).
  const probe = globalThis.document?.documentElement as (Element & { checkVisibility?: unknown }) | undefined;
  if (typeof probe?.checkVisibility === 'function') {
    return (element) =>
      element.closest('[hidden], [aria-hidden="true"]') !== null ||
      !(element as Element & { checkVisibility(o: object): boolean }).checkVisibility({ visibilityProperty: true });
  }
  const cache = new Map<Element, boolean>();
  const check = (element: Element): boolean => {
    const known = cache.get(element);
    if (known !== undefined) return known;
    let hidden = element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
    if (!hidden) {
      const style = element.ownerDocument.defaultView?.getComputedStyle(element);
      hidden = !!style && (style.display === 'none' || style.visibility === 'hidden');
    }
    if (!hidden) {
      const parent = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host ?? null);
      hidden = parent ? check(parent) : false;
    }
    cache.set(element, hidden);
    return hidden;
  };
  return check;
}
