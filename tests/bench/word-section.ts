import { open, timePage, type Bench } from './harness';
import { ms, percent, ratio } from './stats';
import { segmentationFloor } from './segmentation-floor';
import { printTable } from './table';

export const WORD_SIZES = [5_000, 10_000, 20_000, 40_000] as const;

interface Readability {
  words?: number;
  score?: number | null;
}

/** Section b: long French pages (word-pages.ts), the plain-language analysis included. */
export async function benchWordPages(bench: Bench, runs: number): Promise<void> {
  const rows: string[][] = [];
  let perThousandAt5k = Number.NaN;
  for (const words of WORD_SIZES) {
    await open(bench, `/gen/words-${words}.html`);
    const times = await timePage(bench, 'fr', runs);
    const floor = await segmentationFloor(bench, 'fr', runs);
    const readability = (times.audit.metrics.readability ?? {}) as Readability;
    const language = [...times.audit.violations, ...times.audit.incomplete].filter((rule) => rule.barriers.includes('complex-language'));
    const perThousand = times.heuristicsMs / (words / 1000);
    if (words === WORD_SIZES[0]) perThousandAt5k = perThousand;
    rows.push([
      words.toLocaleString('en'),
      String(readability.words ?? '-'),
      String(language.reduce((n, rule) => n + rule.nodes.length, 0)),
      ms(times.axeOnlyMs),
      ms(times.fullMs),
      ms(times.heuristicsMs),
      percent(times.overhead),
      percent(floor.ms / times.axeInFullMs),
      perThousand.toFixed(1),
      ratio(perThousand / perThousandAt5k),
    ]);
  }
  printTable(
    `b. Long French pages (5k to 40k words of prose before the sample form), median of ${runs} runs`,
    ['words', 'words read', 'language findings', 'axe-only ms', 'full ms', 'heuristics ms', 'heuristics / axe', 'segmenter alone / axe', 'heuristics ms / 1k words', 'vs 5k'],
    rows,
    'Linear in text size: "heuristics ms / 1k words" stays flat ("vs 5k" near 1 or below). "words read" is the readability metric, so the plain-language analysis ran. "segmenter alone / axe": the page\'s visible text cut into sentences and words by Intl.Segmenter and nothing more (segmentation-floor.ts), against axe\'s time in the full audits: the least any word-level analysis costs here.',
  );
}
