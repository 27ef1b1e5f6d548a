import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { axeLocale } from './locale';
import { withoutEvalTemplates } from './no-eval-locale';

describe('axe locale without eval', () => {
  it('leaves no template that axe would compile with new Function', () => {
    const locale = withoutEvalTemplates(axeLocale('fr')!);
    expect(JSON.stringify(locale)).not.toMatch(/\{\{/);
  });

  it('writes the same failure summaries as axe compiling the templates itself', async () => {
    document.body.innerHTML = '<main><img src="a.png"><input type="text"></main>';
    const summaries = async (locale: axe.Locale) => {
      axe.reset();
      axe.configure({ locale });
      const results = await axe.run(document, { runOnly: { type: 'rule', values: ['image-alt', 'label'] }, resultTypes: ['violations'] });
      return results.violations.flatMap((rule) => rule.nodes.map((node) => node.failureSummary));
    };
    const compiled = await summaries(axeLocale('fr')!);
    const ours = await summaries(withoutEvalTemplates(axeLocale('fr')!));
    expect(compiled.length).toBeGreaterThan(0);
    expect(ours).toEqual(compiled);
    expect(ours[0]).toMatch(/^Corriger l’un des éléments suivants\s*:\s*\n {2}L’élément/);
  });
});
