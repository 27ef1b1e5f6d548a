import type { Lang } from '../../src/engine/model';
import type { Bench } from './harness';
import { median } from './stats';

/**
 * The least any analysis of the open page's words must spend: its visible text cut into sentences
 * and words with Intl.Segmenter (which issue 3 prescribes), line by line, and nothing else: no
 * syllables, no look-up, no rule. Our own word scanner (latin-words.ts) is faster than this on
 * Latin text, so it is a floor for the method, not for our code. Median of `runs` runs.
 */
export async function segmentationFloor(bench: Bench, lang: Lang, runs: number): Promise<{ ms: number; words: number }> {
  const times: number[] = [];
  let words = 0;
  for (let run = 0; run < runs; run++) {
    const measured = await bench.page.evaluate((l) => {
      const started = performance.now();
      const sentences = new Intl.Segmenter(l, { granularity: 'sentence' });
      const wordSegmenter = new Intl.Segmenter(l, { granularity: 'word' });
      let count = 0;
      for (const line of document.body.innerText.split('\n')) {
        for (const { segment } of sentences.segment(line)) for (const piece of wordSegmenter.segment(segment)) if (piece.isWordLike) count++;
      }
      return { ms: performance.now() - started, words: count };
    }, lang);
    times.push(measured.ms);
    words = measured.words;
  }
  return { ms: median(times), words };
}
