import { redactUrl } from './redact-url';
import { targetOf } from './selector';

export interface ChildFrame {
  selector: string;
  /** Redacted URL of the frame's document, as far as the parent can know it. */
  url: string;
}

/** The frames of a document, so a shell can tell which ones it could not audit. */
export function listChildFrames(doc: Document): ChildFrame[] {
  return [...doc.querySelectorAll('iframe, frame')].map((frame) => {
    const src = frame.getAttribute('src') ?? '';
    let url = 'about:blank';
    if (src) {
      try {
        url = redactUrl(new URL(src, doc.baseURI).href);
      } catch {
        url = redactUrl(src);
      }
    }
    const target = targetOf(frame)[0];
    return { selector: typeof target === 'string' ? target : (target ?? []).join(' '), url };
  });
}
