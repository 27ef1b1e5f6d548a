import { browser } from 'wxt/browser';
import type { Target } from '../engine/model';
import { readTabAudit } from './tab-audit-store';

/** Scrolls to a finding's element in its frame and outlines it for a few seconds. */
export async function highlightFinding(tabId: number, bucket: 'violations' | 'incomplete', ruleId: string, nodeIndex: number): Promise<boolean> {
  const stored = await readTabAudit(tabId);
  if (stored?.status !== 'done') return false;
  const node = stored.report.pages[0]?.[bucket].find((rule) => rule.id === ruleId)?.nodes[nodeIndex];
  if (!node) return false;
  const [first, ...rest] = node.target;
  const frame = typeof first === 'string' && rest.length > 0 ? stored.frames.find((f) => f.prefix === first) : undefined;
  const target: Target = frame ? rest : node.target;
  const [injection] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frame?.frameId ?? 0] },
    func: outlineInPage,
    args: [target],
  });
  return injection?.result === true;
}

/** Runs in the page: kept self-contained, since it is serialized into the page by the browser. */
function outlineInPage(target: Target): boolean {
  const last = target[target.length - 1];
  const hops = Array.isArray(last) ? last : last === undefined ? [] : [last];
  let root: Document | ShadowRoot | null = document;
  let element: Element | null = null;
  for (const hop of hops) {
    element = root?.querySelector(hop) ?? null;
    root = element?.shadowRoot ?? null;
  }
  if (!element) return false;
  document.querySelectorAll('[data-balise-ui]').forEach((old) => old.remove());
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  const box = element.getBoundingClientRect();
  const overlay = document.createElement('div');
  overlay.setAttribute('data-balise-ui', '');
  overlay.setAttribute('aria-hidden', 'true');
  Object.assign(overlay.style, {
    position: 'absolute', zIndex: '2147483647', pointerEvents: 'none',
    left: `${box.left + window.scrollX - 4}px`, top: `${box.top + window.scrollY - 4}px`,
    width: `${box.width + 8}px`, height: `${box.height + 8}px`,
    outline: '4px solid #c00', boxShadow: '0 0 0 8px rgba(255, 200, 0, 0.6)', borderRadius: '4px',
  });
  document.body.append(overlay);
  // Keyboard and screen-reader users land on the element too, when it can take focus.
  if (element instanceof HTMLElement && element.tabIndex >= 0) element.focus({ preventScroll: true });
  setTimeout(() => overlay.remove(), 6000);
  return true;
}
