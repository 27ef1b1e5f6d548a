import { afterEach, describe, expect, it } from 'vitest';
import { fromAxeResults } from './convert';
import { runAxe } from './run-axe';
import { MAX_TARGETS, TARGET_SIZE, tooManyTargets } from './target-size-cap';

const buttons = (count: number) => Array.from({ length: count }, (_, i) => `<button type="button">B${i}</button>`).join(' ');
const outcomesOf = (buckets: ReturnType<typeof fromAxeResults>) =>
  (['violations', 'incomplete', 'passes', 'inapplicable'] as const).filter((bucket) => buckets[bucket].some((rule) => rule.id === TARGET_SIZE));

describe('target-size on pages with very many targets', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('counts targets up to the cap as few enough', () => {
    document.body.innerHTML = `<main>${buttons(MAX_TARGETS - 2)}<a href="/a">A</a><input type="hidden" name="t"><input type="checkbox"></main>`;
    expect(tooManyTargets(document)).toBeNull();
    document.body.insertAdjacentHTML('beforeend', '<select><option>1</option></select>');
    expect(tooManyTargets(document)).toBe(MAX_TARGETS + 1);
  });

  it('runs as usual on an ordinary page', async () => {
    document.body.innerHTML = `<main>${buttons(3)}</main>`;
    const buckets = fromAxeResults(await runAxe(document, 'en'));
    expect(outcomesOf(buckets)).toHaveLength(1);
    const all = [...buckets.violations, ...buckets.incomplete, ...buckets.passes].filter((rule) => rule.id === TARGET_SIZE);
    expect(JSON.stringify(all)).not.toMatch(/Not checked automatically/);
  });

  it('is not run above the cap, and says so as a check left to a person, with the count', { timeout: 30_000 }, async () => {
    document.body.innerHTML = `<main>${buttons(MAX_TARGETS + 1)}</main>`;
    const buckets = fromAxeResults(await runAxe(document, 'fr'));
    expect(outcomesOf(buckets)).toEqual(['incomplete']);
    const rule = buckets.incomplete.find((r) => r.id === TARGET_SIZE)!;
    expect(rule).toMatchObject({ source: 'axe', impact: 'serious', barriers: expect.arrayContaining(['inaccessible']), tags: expect.arrayContaining(['wcag22aa']) });
    expect(rule.help).not.toBe('');
    expect(rule.nodes).toHaveLength(1);
    expect(rule.nodes[0]!.target).toEqual(['html']);
    expect(rule.nodes[0]!.any[0]!.message).toContain(`la page compte ${MAX_TARGETS + 1} cibles cliquables`);
    expect(rule.nodes[0]!.failureSummary).toBe(rule.nodes[0]!.any[0]!.message);
  });
});
