import { describe, expect, it } from 'vitest';
import { evaluateReadability, REACHED, type EvaluationRow } from './readability-evaluation';

/*
 * Runs the readability evaluation (the same as `npm run eval:readability`) on the held-out part of
 * the shared corpora and fails when our score falls below what it reached (REACHED). The issue's
 * targets that are still missed are reported by the script, not asserted here.
 */
describe('readability score on held-out corpora', () => {
  let rows: EvaluationRow[] = [];

  it('evaluates every measure on held-out texts', () => {
    rows = evaluateReadability();
    expect(rows.map((r) => r.key).sort()).toEqual(Object.keys(REACHED).sort());
  }, 120_000);

  it.each(Object.keys(REACHED))('%s stays at or above what it reached', (key) => {
    const row = rows.find((r) => r.key === key);
    expect(row, 'evaluation did not run').toBeDefined();
    expect(row!.ours).toBeGreaterThanOrEqual(REACHED[key]!);
  });

  it('beats or equals the bare formula wherever the issue sets a target', () => {
    for (const r of rows.filter((x) => x.target !== null)) expect(r.ours, r.what).toBeGreaterThanOrEqual(r.formula);
  });
});
