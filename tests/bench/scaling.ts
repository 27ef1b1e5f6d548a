import { open, timePage, type Bench } from './harness';
import { ms, percent, ratio } from './stats';
import { printTable } from './table';

export const SCALES = [1, 4, 16] as const;

/** The sample procedure page with its form repeated `factor` times, ids made unique. */
export function scaledSample(sample: string, factor: number): string {
  const form = /<form[\s\S]*?<\/form>/.exec(sample)?.[0];
  if (!form) throw new Error('the sample page has no form');
  const copies = Array.from({ length: factor }, (_, i) =>
    i === 0 ? form : form.replace(/\b(id|for)="([^"]+)"/g, (_m, attr: string, value: string) => `${attr}="${value}-${i}"`),
  );
  return sample.replace(form, copies.join('\n'));
}

/** Section e: the bundled sample page at 1x, 4x and 16x its size. */
export async function benchScaling(bench: Bench, runs: number): Promise<void> {
  const rows: string[][] = [];
  let first: { fields: number; heuristicsMs: number; axeMs: number } | undefined;
  for (const factor of SCALES) {
    await open(bench, `/gen/sample-${factor}x.html`);
    const fields = await bench.page.locator('input, select, textarea').count();
    const times = await timePage(bench, 'fr', runs);
    first ??= { fields, heuristicsMs: times.heuristicsMs, axeMs: times.axeOnlyMs };
    rows.push([
      `${factor}x`,
      String(fields),
      ms(times.axeOnlyMs),
      ms(times.fullMs),
      ratio(times.fullMs / times.axeOnlyMs),
      ms(times.heuristicsMs),
      percent(times.overhead),
      ratio(times.heuristicsMs / first.heuristicsMs),
      ratio(times.axeOnlyMs / first.axeMs),
    ]);
  }
  printTable(
    `e. The sample procedure page at 1x, 4x, 16x its size, median of ${runs} runs`,
    ['size', 'fields', 'axe-only ms', 'full ms', 'full / axe-only', 'heuristics ms', 'heuristics / axe', 'heuristics vs 1x', 'axe vs 1x'],
    rows,
    'Linear growth: "heuristics vs 1x" stays at or under the size factor (a page has a fixed part: header, footer, text).',
  );
}

export const INLINE_FIELDS = 1_000;

/** A form of checkboxes laid side by side, as a long list of choices often is: axe's target-size worst case. */
export function inlineForm(fields: number): string {
  const boxes = Array.from({ length: fields }, (_, i) => `<label for="c${i}">Choix ${i}</label> <input type="checkbox" id="c${i}" name="c${i}"> `).join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Choix multiples</title></head><body><main><h1>Vos choix</h1><form>${boxes}<button>Envoyer</button></form></main></body></html>`;
}

/** Section e, second table: the inline form, where target-size would take 14 s without its cap. */
export async function benchInlineForm(bench: Bench): Promise<void> {
  await open(bench, `/gen/inline-${INLINE_FIELDS}.html`);
  const times = await timePage(bench, 'fr', 1);
  const targetSize = times.audit.incomplete.find((rule) => rule.id === 'target-size');
  const skipped = targetSize?.nodes[0]?.any[0]?.message.startsWith('Non vérifié automatiquement') ?? false;
  printTable(
    `e'. ${INLINE_FIELDS.toLocaleString('en')} checkboxes side by side (one run)`,
    ['page', 'axe-only ms', 'full ms', 'heuristics ms', 'heuristics / axe', 'target-size'],
    [[`inline-${INLINE_FIELDS}`, ms(times.axeOnlyMs), ms(times.fullMs), ms(times.heuristicsMs), percent(times.overhead), skipped ? 'skipped, needs review' : 'ran']],
    "axe's target-size grows with the square of side-by-side targets (about 14 s for 1,000): above 500 targets it is skipped and the audit lists it as a check for a person, with the count.",
  );
}
