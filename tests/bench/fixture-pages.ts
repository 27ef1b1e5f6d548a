import type { Lang } from '../../src/engine/model';
import { open, timePage, type Bench } from './harness';
import { ms, percent, ratio } from './stats';
import { printTable } from './table';

/**
 * Every GOV.UK and DSFR page the shared-fixture tests audit
 * (tests/integration/*-shared-fixtures.test.ts): real public-service pages, the "typical page"
 * of the budget. Kept in step with those tests by hand.
 */
export const FIXTURE_PAGES: ReadonlyArray<{ path: string; lang: Lang }> = [
  ...[
    'bank-holidays',
    'check-your-answers',
    'child-maintenance',
    'feedback',
    'have-you-changed-your-name',
    'how-do-you-want-to-sign-in',
    'passport-details',
    'product-page',
    'service-manual-topic',
    'sign-in',
    'start-page',
    'travel-guidance',
    'update-your-account-details',
    'upload-your-photo',
    'what-is-your-address',
    'what-is-your-nationality',
    'what-is-your-postcode',
    'what-was-the-last-country-you-visited',
    'components/character-count/template-with-hint-and-error',
    'components/error-summary/template-without-links',
    'components/input/template-with-error-message',
  ].map((name) => ({ path: `/govuk/${name}.html`, lang: 'en' as const })),
  ...[
    'component/alert',
    'component/input',
    'component/stepper',
    'component/upload',
    'layout/page/login/1-default',
    'layout/page/login/2-error',
    'layout/page/login/3-recover/3b-confirmation',
    'layout/page/register/1-single',
    'layout/pattern/address',
    'layout/pattern/date',
    'layout/pattern/email',
    'layout/pattern/name',
    'layout/pattern/tel',
  ].map((name) => ({ path: `/dsfr/example/${name}/index.html`, lang: 'fr' as const })),
];

export interface FixtureRow {
  path: string;
  elements: number;
  axeOnlyMs: number;
  fullMs: number;
  heuristicsMs: number;
  overhead: number;
}

/** Section a: axe alone vs the full audit on each shared fixture page. */
export async function benchFixturePages(bench: Bench, runs: number): Promise<FixtureRow[]> {
  const rows: FixtureRow[] = [];
  for (const { path, lang } of FIXTURE_PAGES) {
    await open(bench, path);
    const elements = await bench.page.evaluate(() => document.getElementsByTagName('*').length);
    const times = await timePage(bench, lang, runs);
    rows.push({ path, elements, axeOnlyMs: times.axeOnlyMs, fullMs: times.fullMs, heuristicsMs: times.heuristicsMs, overhead: times.overhead });
  }
  return rows;
}

export function printFixturePages(rows: readonly FixtureRow[], runs: number): void {
  const worst = rows.reduce((a, b) => (b.overhead > a.overhead ? b : a));
  const within = rows.filter((row) => row.overhead <= 0.25).length;
  printTable(
    `a. Shared fixture pages (GOV.UK en, DSFR fr): axe alone vs full audit, median of ${runs} runs`,
    ['page', 'elements', 'axe-only ms', 'full ms', 'full / axe-only', 'heuristics ms', 'heuristics / axe'],
    rows.map((row) => [
      row.path.replace('/example/', '/').replace(/\/index\.html$|\.html$/, ''),
      String(row.elements),
      ms(row.axeOnlyMs),
      ms(row.fullMs),
      ratio(row.fullMs / row.axeOnlyMs),
      ms(row.heuristicsMs),
      percent(row.overhead),
    ]),
    `Budget: heuristics add at most 25 % to axe's time. Within budget on ${within} of ${rows.length} pages; highest ${percent(worst.overhead)} (${worst.path}).\n` +
      '"heuristics / axe" divides the two parts of the same full audit (steadier than full / axe-only, which compares separate runs).',
  );
}
