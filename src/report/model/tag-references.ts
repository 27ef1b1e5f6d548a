/**
 * Standard references read from axe-style tags: `wcag111` -> WCAG 1.1.1, `EN-9.1.1.1` -> EN 301 549
 * clause 9.1.1.1, `RGAA-1.1.1` -> RGAA criterion 1.1.1. Level tags (`wcag2a`, `wcag21aa`) name no
 * criterion and are skipped.
 */
export interface TagReferences {
  wcag: string[];
  en301549: string[];
  rgaa: string[];
}

const WCAG = /^wcag(\d)(\d)(\d+)$/;
const EN = /^EN-(\d+(?:\.\d+)+)$/;
const RGAA = /^RGAA-(\d+(?:\.\d+)+)$/;

const cache = new Map<string, TagReferences>();

/** Results are shared between findings with the same tags: treat them as read-only. */
export function referencesFromTags(tags: readonly string[]): TagReferences {
  const key = tags.join(' ');
  const cached = cache.get(key);
  if (cached) return cached;
  const refs = readTags(tags);
  if (cache.size < 5000) cache.set(key, refs);
  return refs;
}

function readTags(tags: readonly string[]): TagReferences {
  const refs: TagReferences = { wcag: [], en301549: [], rgaa: [] };
  for (const tag of tags) {
    const wcag = WCAG.exec(tag);
    if (wcag) push(refs.wcag, `${wcag[1]}.${wcag[2]}.${wcag[3]}`);
    const en = EN.exec(tag);
    if (en?.[1]) push(refs.en301549, en[1]);
    const rgaa = RGAA.exec(tag);
    if (rgaa?.[1]) push(refs.rgaa, rgaa[1]);
  }
  return refs;
}

function push(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}
