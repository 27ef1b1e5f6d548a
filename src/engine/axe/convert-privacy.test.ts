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

describe('axe excerpts and targets', () => {
  it('never carry an address query string, a data-* value, a title or a mailto: address', async () => {
    const SENTINEL = 'zzsentinel4242';
    document.body.innerHTML = `<main>
      <a href="/s?t=${SENTINEL}"><img src="/i?f=${SENTINEL}"></a><a href="/s?u=${SENTINEL}"><img src="/i?g=${SENTINEL}"></a>
      <a href="mailto:${SENTINEL}@example.org"></a>
      <input type="text" data-prefill="${SENTINEL}"><input type="text" title="${SENTINEL}@example.org">
      <form action="/envoi?token=${SENTINEL}"><input type="text"></form>
    </main>`;
    const buckets = fromAxeResults(await runAxe(document, 'en'));
    const nodes = [...buckets.violations, ...buckets.incomplete, ...buckets.passes].flatMap((rule) => rule.nodes);
    const all = JSON.stringify(nodes.map((node) => [node.target, node.html]));
    expect(all).toContain('<a href=\\"/s\\">');
    expect(all).toContain('data-prefill=\\"\\"');
    expect(all.toLowerCase()).not.toContain(SENTINEL);
  });
});
