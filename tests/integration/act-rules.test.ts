import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { auditOpenPage, loadEngineBundle } from '../../src/cli/audit-page';
import { launchTestBrowser, repoRoot, sharedFixture, startServer, type TestServer } from './cli-server';

/**
 * W3C ACT rule test cases, run two ways in the same Chromium page: our engine bundle in its
 * isolated world (frames merged the way the CLI merges them), and axe-core itself in the page.
 * Our integration must not lose or invent an axe finding: on every rule Balise runs, both
 * outcomes must be equal. Agreement with the ACT expectation is printed, not asserted: that is
 * axe's own accuracy.
 */
const CasesSchema = z.object({
  testcases: z.array(
    z.object({
      ruleId: z.string(),
      ruleName: z.string(),
      testcaseId: z.string(),
      expected: z.enum(['passed', 'failed', 'inapplicable']),
      relativePath: z.string(),
      axeRules: z.array(z.string()),
    }),
  ),
});
type Case = z.infer<typeof CasesSchema>['testcases'][number];

interface CaseOutcome {
  testcase: Case;
  ours: boolean;
  axe: boolean;
  /** axe rules of the case that Balise runs (its WCAG/EN 301 549/RGAA tag set). */
  inScope: string[];
  oursFailedInScope: boolean;
  axeFailedInScope: boolean;
}

const dir = sharedFixture('act-rules');
const AXE_SOURCE = readFileSync(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
const cases = CasesSchema.parse(JSON.parse(readFileSync(path.join(dir, 'testcases.json'), 'utf8'))).testcases;
/** The manifest names files under testcases/; the shared copy keeps them at the folder root. */
const fileOf = (testcase: Case) => testcase.relativePath.replace(/^testcases\//, '');

let browser: Browser;
let server: TestServer;
let tab: Page;
let bundle: string;
let allowedUrl = '';

beforeAll(async () => {
  server = await startServer({ dir });
  [browser, bundle] = await Promise.all([launchTestBrowser(), loadEngineBundle()]);
  tab = await browser.newPage();
  // axe-core itself, in every frame's own world from the start: sent to Chromium once, not per case.
  await tab.addInitScript({ content: AXE_SOURCE });
  // Meta-refresh cases would navigate away mid-audit: the case page stays, like a reader who stays.
  await tab.route('**/*', (route) => {
    const request = route.request();
    if (request.isNavigationRequest() && request.frame() === tab.mainFrame() && request.url() !== allowedUrl) return route.abort('aborted');
    return route.continue();
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function rawAxe(page: Page, rules: string[]): Promise<Set<string>> {
  const failed = await page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'rule', values }, resultTypes: ['violations'] });
    return result.violations.map((v) => v.id);
  }, rules);
  return new Set(failed);
}

async function runCase(testcase: Case): Promise<CaseOutcome> {
  allowedUrl = `${server.origin}/${fileOf(testcase)}`;
  // Media and slow resources may never fire "load": audit what is there after a short wait.
  await tab.goto(allowedUrl, { waitUntil: 'load', timeout: 3_000 }).catch(() => undefined);
  const { audit } = await auditOpenPage(tab, bundle, { lang: 'en', heuristics: false });
  const axeFailed = await rawAxe(tab, testcase.axeRules);
  const ran = new Set([...audit.violations, ...audit.incomplete, ...audit.passes, ...audit.inapplicable].map((r) => r.id));
  const oursFailed = new Set(audit.violations.filter((r) => testcase.axeRules.includes(r.id)).map((r) => r.id));
  const inScope = testcase.axeRules.filter((id) => ran.has(id));
  return {
    testcase,
    ours: oursFailed.size > 0,
    axe: axeFailed.size > 0,
    inScope,
    oursFailedInScope: inScope.some((id) => oursFailed.has(id)),
    axeFailedInScope: inScope.some((id) => axeFailed.has(id)),
  };
}

describe('ACT rules: our integration against axe-core and the expected outcomes', () => {
  it.skipIf(process.env.BALISE_SKIP_ACT === '1')('finds exactly what axe-core finds on every case of every rule Balise runs', async () => {
    const present = cases.filter((c) => existsSync(path.join(dir, fileOf(c))));
    const missing = cases.length - present.length;
    const outcomes: CaseOutcome[] = [];
    for (const testcase of present) outcomes.push(await runCase(testcase));

    const byRule = new Map<string, CaseOutcome[]>();
    for (const outcome of outcomes) byRule.set(outcome.testcase.ruleId, [...(byRule.get(outcome.testcase.ruleId) ?? []), outcome]);
    const agree = (o: CaseOutcome, failed: boolean) => (o.testcase.expected === 'failed') === failed;
    const lines = [...byRule.entries()].map(([ruleId, list]) => {
      const ours = list.filter((o) => agree(o, o.ours)).length;
      const axe = list.filter((o) => agree(o, o.axe)).length;
      const scope = list[0]!.inScope.length ? '' : '  (not in Balise rule set: ' + list[0]!.testcase.axeRules.join(', ') + ')';
      return `${ruleId.padEnd(7)} ${list[0]!.testcase.ruleName.slice(0, 48).padEnd(48)} ours ${ours}/${list.length}  axe ${axe}/${list.length}${scope}`;
    });
    const inScope = outcomes.filter((o) => o.inScope.length > 0);
    const total = (pick: (o: CaseOutcome) => boolean) => outcomes.filter((o) => agree(o, pick(o))).length;
    console.log(
      [
        `ACT: ${outcomes.length} cases run, ${missing} skipped (HTML file missing from the shared copy)`,
        ...lines,
        `agreement with ACT expectation: ours ${total((o) => o.ours)}/${outcomes.length}, axe ${total((o) => o.axe)}/${outcomes.length}`,
        `cases on rules Balise runs: ${inScope.length}; out of its tag set (AAA, experimental, best practice): ${outcomes.length - inScope.length}`,
      ].join('\n'),
    );

    expect(outcomes.length).toBeGreaterThan(0);
    expect(inScope.length).toBeGreaterThan(outcomes.length / 2);
    const differing = inScope
      .filter((o) => o.oursFailedInScope !== o.axeFailedInScope)
      .map((o) => `${o.testcase.ruleId} ${fileOf(o.testcase)}: ours ${o.oursFailedInScope}, axe ${o.axeFailedInScope}`);
    expect(differing).toEqual([]);
  }, 900_000);
});
