/**
 * A finding is one rule in one bucket at one place: a page, a journey step, or the whole journey.
 * The id is stable for a given report, so the preview can name what to remove.
 */
export type FindingPlace = { kind: 'page'; index: number } | { kind: 'step'; index: number } | { kind: 'journey' };
export type FindingBucket = 'violations' | 'incomplete';

export function findingId(place: FindingPlace, bucket: FindingBucket, ruleId: string): string {
  const where = place.kind === 'journey' ? 'journey' : `${place.kind}-${place.index}`;
  return `${where}/${bucket}/${ruleId}`;
}
