import { once } from './read-once';

/**
 * querySelectorAll that also looks inside open shadow roots: forms built from web components
 * keep their fields there, and a barrier hidden in a shadow root still blocks people.
 * Matches come in the same order as ever: the root's own, then each shadow root's in tree order.
 */
export function queryDeep(root: Document | Element | ShadowRoot, selector: string): Element[] {
  const found: Element[] = [...root.querySelectorAll(selector)];
  for (const shadow of shadowRootsUnder(root)) found.push(...queryDeep(shadow, selector));
  return found;
}

/** Finding the shadow roots means visiting every element: done once per page read (read-once.ts). */
function shadowRootsUnder(root: Document | Element | ShadowRoot): ShadowRoot[] {
  return once('shadow-roots', root, () => {
    const roots: ShadowRoot[] = [];
    for (const host of root.querySelectorAll('*')) if (host.shadowRoot) roots.push(host.shadowRoot);
    return roots;
  });
}
