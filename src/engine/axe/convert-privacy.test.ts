import type axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { runAxe } from './run-axe';
import { fromAxeResults } from './convert';
import { resolveTarget } from '../dom/selector';

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

describe('axe targets and excerpts on a recap page', () => {
  it("carry no file number from an id or a class, nor a person's document name, and still find their element", async () => {
    document.body.innerHTML = `<main id="recap">
      <section id="dossier-HDJ2123F" class="recap-HDJ2123F"><h2>Pièces</h2>
        <a id="piece-HDJ2123F-rib" href="/dossier/pieces/zebulon-quixotte-rib.pdf"><img src="/photos/Zebulon_Quixotte.jpg"></a>
        <button class="btn-HDJ2123F" aria-label="Supprimer Zébulon Quixotte RIB.pdf">x</button>
        <input type="text" id="nom-HDJ2123F" name="nom-HDJ2123F">
        <ul><li><a id="piece-zebulon-quixotte-rib.pdf" class="upload--Zebulon_Quixotte.jpg" href="#p1"><img src="/static/x.png"></a></li><li><a id="x2" class="upload--Zebulon_Quixotte.jpg" href="#p2"><img src="/static/y.png"></a></li></ul>
      </section>
    </main>`;
    const buckets = fromAxeResults(await runAxe(document, 'en'));
    const nodes = [...buckets.violations, ...buckets.incomplete, ...buckets.passes].flatMap((rule) => rule.nodes);
    const all = JSON.stringify(nodes.map((node) => [node.target, node.html, node.any, node.all, node.none, node.failureSummary]));
    expect(all).not.toMatch(/HDJ2123F|zebulon|zébulon|quixotte/i);
    // The link, its image and the button were found, with their excerpts masked.
    expect(all).toContain('/dossier/pieces/….pdf');
    expect(all).toContain('/photos/….jpg');
    expect(all).toContain('aria-label=\\"[…].pdf\\"');
    for (const node of nodes) expect(resolveTarget(document, node.target), JSON.stringify(node.target)).not.toBeNull();
  });
});

describe('axe messages', () => {
  it('mask the ids they quote', async () => {
    document.body.innerHTML = `<main><label id="lbl-HDJ2123F">Nom</label><label id="lbl-HDJ2123F">Nom</label><input type="text" aria-labelledby="lbl-HDJ2123F"></main>`;
    for (const lang of ['en', 'fr'] as const) {
      const buckets = fromAxeResults(await runAxe(document, lang));
      const all = JSON.stringify([...buckets.violations, ...buckets.incomplete]);
      expect(all).toContain('duplicate-id-aria');
      expect(all).not.toContain('HDJ2123F');
      expect(all).toContain('lbl-[…]');
    }
  });

  it.each([
    ['the colours of a contrast finding', 'color-contrast', 'Element has insufficient color contrast of 2.1 (foreground color: #0a0a0a, background color: #1b2c3d, font size: 12.0pt (16px))'],
    ['the sizes of a target-size finding', 'target-size', 'Target has insufficient size (1216px by 18px, should be at least 24px by 24px)'],
    ['the sizes of a target-size finding, in French', 'target-size', 'Le contrôle a une taille suffisante (1013.333px sur 36px, au moins 24px sur 24px attendus)'],
  ])('keep %s', (_what, id, message) => {
    const check = { id, impact: 'serious', message, data: null, relatedNodes: [] };
    const node = { html: '<p>', target: ['p'], impact: 'serious', any: [check], all: [], none: [], failureSummary: message };
    const rule = { id, impact: 'serious', tags: ['wcag2aa'], description: '', help: '', helpUrl: '', nodes: [node] };
    const buckets = fromAxeResults({ violations: [rule], incomplete: [], passes: [], inapplicable: [] } as unknown as axe.AxeResults);
    expect(buckets.violations[0]!.nodes[0]!.any[0]!.message).toBe(message);
    expect(buckets.violations[0]!.nodes[0]!.failureSummary).toBe(message);
  });
});
