/*
 * The train / held-out split shared by the fitting script and the evaluation. A text is held out
 * when FNV-1a-32(group key) % 10 < 3 (about 30 %). Texts that share content share a group key, so
 * that nothing learnt from training (word list, weights) has seen a held-out text's twin:
 * - OneStopEnglish: the topic (file name), so the three levels of an article stay together;
 * - WiViCo: the connected group of pairs sharing a Wikipedia or a Vikidia sentence;
 * - READI: the corpus, the level and the block of 40 consecutive ids, because excerpts of one book
 *   sit at consecutive ids.
 */

export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export type Part = 'train' | 'heldout';

export function partOf(groupKey: string): Part {
  return fnv1a32(groupKey) % 10 < 3 ? 'heldout' : 'train';
}
