import type { Lang } from '../../model/lang';
import type { JourneyStep } from '../../model/report';
import { runAudit } from '../../run-audit';

/** One screen of a test procedure: the page's body HTML, and what the recorder would note. */
export interface TestPage {
  body: string;
  title?: string;
  url?: string;
  timeSpentMs?: number;
}

/**
 * Real steps for journey tests: each page is loaded into the test document and audited by the
 * engine (heuristics only, as in happy-dom), then wrapped like the recorder wraps it.
 */
export async function stepsFromHtml(pages: readonly TestPage[], lang: Lang): Promise<JourneyStep[]> {
  const steps: JourneyStep[] = [];
  for (const [index, page] of pages.entries()) {
    document.documentElement.setAttribute('lang', lang);
    document.title = page.title ?? `Step ${index}`;
    document.body.innerHTML = page.body;
    const audit = await runAudit(document, { lang, axe: false });
    steps.push({
      index,
      url: page.url ?? `https://demarche.test/etape-${index}`,
      title: document.title,
      headings: [...document.querySelectorAll('h1, h2, h3')].map((h) => (h.textContent ?? '').trim()),
      enteredAt: new Date(Date.UTC(2025, 0, 1, 10, index)).toISOString(),
      ...(page.timeSpentMs === undefined ? {} : { timeSpentMs: page.timeSpentMs }),
      audit,
    });
  }
  return steps;
}

/** A confirmation screen with a reference, in either language. */
export const CONFIRMATION_PAGE: Readonly<Record<Lang, TestPage>> = {
  fr: { body: '<h1>Votre demande a bien été envoyée</h1><p>Votre numéro de dossier : 2025-000123.</p>', url: 'https://demarche.test/confirmation' },
  en: { body: '<div class="govuk-panel govuk-panel--confirmation"><h1 class="govuk-panel__title">Application complete</h1><p>Your reference number <strong>HDJ2123F</strong></p></div>', url: 'https://demarche.test/confirmation' },
};

/**
 * A procedure where some screens could not be checked (null): the checked steps keep their place
 * among all the screens, and the missed ones are given apart by index, as a report keeps them.
 */
export async function stepsWithGaps(pages: ReadonlyArray<TestPage | null>, lang: Lang): Promise<{ steps: JourneyStep[]; notChecked: number[] }> {
  const places = pages.flatMap((page, index) => (page ? [index] : []));
  const checked = await stepsFromHtml(pages.filter((page): page is TestPage => page !== null), lang);
  const steps = checked.map((step, i) => ({ ...step, index: places[i]! }));
  return { steps, notChecked: pages.flatMap((page, index) => (page ? [] : [index])) };
}
