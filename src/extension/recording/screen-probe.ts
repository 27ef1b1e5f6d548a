/** Message the probe sends when the page's main heading changes (a new screen of a single-page app). */
export const HEADING_CHANGED = 'recording-heading-changed';

export interface ScreenProbe {
  /** Stays the same for the life of one document: a new load gives a new id. */
  docId: string;
  heading: string;
  /** h1 and h2 texts: the page's own structure, never what a person typed. */
  headings: string[];
}

/**
 * Runs in the recorded page (isolated world) through scripting.executeScript, so it must stand
 * alone: no imports, no closures. The first run in a document installs a tiny observer that
 * tells the background when the h1 text changes; later runs only read. It reads heading texts
 * only: never a field, a value or a file name.
 */
export function probeScreen(message: string): ScreenProbe {
  // Generous: stepHeadings masks personal data first and cuts after; a cut here could halve a file number.
  const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 2000);
  const mainHeading = () => text(document.querySelector('h1'));
  const state = globalThis as unknown as { __baliseScreen?: { docId: string } };
  if (!state.__baliseScreen) {
    state.__baliseScreen = { docId: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}` };
    let last = mainHeading();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage(m: unknown): Promise<unknown> } } }).chrome?.runtime;
    // Debounced: a framework re-rendering a screen touches the DOM many times in a row.
    new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const now = mainHeading();
        if (now === last) return;
        last = now;
        void runtime?.sendMessage({ type: message }).catch(() => undefined);
      }, 250);
    }).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
  }
  return {
    docId: state.__baliseScreen.docId,
    heading: mainHeading(),
    headings: Array.from(document.querySelectorAll('h1, h2'), text).filter(Boolean).slice(0, 30),
  };
}
