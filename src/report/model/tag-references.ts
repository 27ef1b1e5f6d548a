import { WCAG_AAA } from './wcag-levels';

/**
 * Standard references read from axe-style tags: `wcag111` -> WCAG 1.1.1, `EN-9.1.1.1` -> EN 301 549
 * clause 9.1.1.1, `RGAA-1.1.1` -> RGAA criterion 1.1.1. Level tags (`wcag2a`, `wcag21aa`) name no
 * criterion and are skipped.
 * - Level AAA criteria are kept apart (wcagAaa): the law does not require them, and a report
 *   cites them only with their level, as good practice.
 * - The reports name EN 301 549 v3.2.1. axe tags a clause of that version with `EN-301-549`; a
 *   rule tagged `EN-301-549v4` only (target-size: 9.2.5.8, WCAG 2.2's 2.5.8) cites a clause of the
 *   v4 draft, which v3.2.1 does not have: such clauses are left out.
 */
export interface TagReferences {
  wcag: string[];
  /** Level AAA criteria, never required by the RGAA or EN 301 549. */
  wcagAaa: string[];
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
  const refs: TagReferences = { wcag: [], wcagAaa: [], en301549: [], rgaa: [] };
  const enV3 = tags.includes('EN-301-549');
  for (const tag of tags) {
    const wcag = WCAG.exec(tag);
    if (wcag) {
      const sc = `${wcag[1]}.${wcag[2]}.${wcag[3]}`;
      push(WCAG_AAA.has(sc) ? refs.wcagAaa : refs.wcag, sc);
    }
    const en = EN.exec(tag);
    if (en?.[1] && enV3) push(refs.en301549, en[1]);
    const rgaa = RGAA.exec(tag);
    if (rgaa?.[1]) push(refs.rgaa, rgaa[1]);
  }
  return refs;
}

function push(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}
