/**
 * querySelectorAll that also looks inside open shadow roots: forms built from web components
 * keep their fields there, and a barrier hidden in a shadow root still blocks people.
 */
export function queryDeep(root: Document | Element | ShadowRoot, selector: string): Element[] {
  const found: Element[] = [...root.querySelectorAll(selector)];
  for (const host of root.querySelectorAll('*')) {
    if (host.shadowRoot) found.push(...queryDeep(host.shadowRoot, selector));
  }
  return found;
}
