import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  targets: string[];
  summary: string;
}

/**
 * Runs axe-core (WCAG 2.2 A/AA, colour contrast included: this is a real browser) on one of our
 * own pages. The source is evaluated through the DevTools protocol: an extension page's CSP would
 * refuse a <script> tag, and our own pages must pass the checks we run on others.
 */
export async function axeViolationsIn(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((rule) => ({
      id: rule.id,
      targets: rule.nodes.map((node) => node.target.join(' ')),
      summary: rule.nodes[0]?.failureSummary ?? '',
    }));
  }, WCAG_22_AA);
}
