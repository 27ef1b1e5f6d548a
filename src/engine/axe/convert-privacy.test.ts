import { describe, expect, it } from 'vitest';
import { runAxe } from './run-axe';
import { fromAxeResults } from './convert';

describe('axe targets', () => {
  it('never carry a field value, even when axe would pick it to make a selector unique', async () => {
    document.body.innerHTML = '<main><input type="text" value="SENTINEL-typed"><input type="text" value="other"></main>';
    const buckets = fromAxeResults(await runAxe(document, 'en'));
    const targets = JSON.stringify([...buckets.violations, ...buckets.incomplete, ...buckets.passes].flatMap((rule) => rule.nodes.map((node) => node.target)));
    expect(targets).toContain('input');
    expect(targets).not.toMatch(/SENTINEL|other/);
  });
});
