import { z } from 'zod';

/**
 * The barrier taxonomy of DOMAIN.md §2. The ids are stable: reports filed months ago must still
 * mean the same thing, so add ids, never rename them. The order is "most blocking first": the
 * popup and reports sort by it.
 */
export const BARRIER_IDS = [
  'account-required',
  'digital-identity-required',
  'email-required',
  'mobile-phone-required',
  'captcha',
  'document-upload',
  'no-alternative-channel',
  'online-only-appointment',
  'time-limit',
  'inaccessible',
  'not-mobile-friendly',
  'complex-language',
  'unclear-errors',
  'rigid-input',
  'already-known-data',
  'redundant-entry',
  'step-navigation',
  'missing-prior-information',
  'no-acknowledgement',
  'no-accessibility-statement',
] as const;

export const BarrierIdSchema = z.enum(BARRIER_IDS);
export type BarrierId = z.infer<typeof BarrierIdSchema>;

const BARRIER_TAG_PREFIX = 'barrier.';

export function barrierTag(id: BarrierId): string {
  return BARRIER_TAG_PREFIX + id;
}

/** Reads the barrier ids back out of a tag list; unknown `barrier.*` tags are ignored, not trusted. */
export function barriersFromTags(tags: readonly string[]): BarrierId[] {
  const ids: BarrierId[] = [];
  for (const tag of tags) {
    if (!tag.startsWith(BARRIER_TAG_PREFIX)) continue;
    const parsed = BarrierIdSchema.safeParse(tag.slice(BARRIER_TAG_PREFIX.length));
    if (parsed.success && !ids.includes(parsed.data)) ids.push(parsed.data);
  }
  return ids;
}

export function compareBarriers(a: BarrierId, b: BarrierId): number {
  return BARRIER_IDS.indexOf(a) - BARRIER_IDS.indexOf(b);
}
