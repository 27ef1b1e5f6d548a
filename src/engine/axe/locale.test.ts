// @vitest-environment happy-dom
import axe from 'axe-core';
import fr from 'axe-core/locales/fr.json';
import { afterEach, describe, expect, it } from 'vitest';
import complement from './locale-fr-complement.json';
import { axeLocale, localeGaps, missingFrenchKeys, placeholders, templateMessages } from './locale';

type Tree = { [key: string]: unknown };

function leafPaths(node: unknown, path = ''): string[] {
  if (typeof node !== 'object' || node === null) return [path];
  return Object.entries(node as Tree).flatMap(([key, value]) => leafPaths(value, path ? `${path}.${key}` : key));
}

function valueAt(tree: unknown, path: string): unknown {
  let node = tree;
  for (const key of path.split('.')) node = typeof node === 'object' && node !== null ? (node as Tree)[key] : undefined;
  return node;
}

function frenchLocale(): Tree {
  const locale = axeLocale('fr');
  if (!locale) throw new Error('no French locale');
  return locale as Tree;
}

describe('French axe locale', () => {
  it('has French text for every key of the English template', () => {
    expect(missingFrenchKeys()).toEqual([]);
  });

  it('uses exactly the placeholders of the English template in every message', () => {
    const french = frenchLocale();
    const mismatches = [...templateMessages()].flatMap(([path, english]) => {
      const text = valueAt(french, path);
      const expected = placeholders(english);
      const actual = typeof text === 'string' ? placeholders(text) : null;
      return JSON.stringify(actual) === JSON.stringify(expected) ? [] : [{ path, expected, actual }];
    });
    expect(mismatches).toEqual([]);
    expect(localeGaps(french)).toEqual({ missing: [], stale: [] });
  });

  it('finds the gaps of axe’s own fr.json that the complement fills', () => {
    // Guards the test helpers themselves: without the complement there must be gaps.
    const gaps = localeGaps(fr);
    expect(gaps.missing).toContain('rules.summary-name.help');
    expect(gaps.missing).toContain('checks.target-size.fail.default');
    expect(gaps.stale).toContain('checks.meta-viewport.fail');
  });

  it('translates only keys that exist in the English template', () => {
    const english = templateMessages();
    const unknown = leafPaths(complement).filter((path) => path !== 'lang' && !english.has(path));
    expect(unknown).toEqual([]);
  });

  it('lets the complement win over fr.json and leaves fr.json untouched', () => {
    const french = frenchLocale();
    expect(valueAt(french, 'checks.meta-viewport.fail')).toBe(valueAt(complement, 'checks.meta-viewport.fail'));
    expect(valueAt(french, 'rules.image-alt.help')).toBe(valueAt(fr, 'rules.image-alt.help'));
    expect(typeof valueAt(fr, 'checks.color-contrast.pass')).toBe('string');
    expect(french.lang).toBe('fr');
    expect(frenchLocale()).not.toBe(french);
  });

  it('leaves English to axe', () => {
    expect(axeLocale('en')).toBeUndefined();
  });
});

describe('axe configured with the French locale', () => {
  afterEach(() => {
    axe.reset();
    document.documentElement.removeAttribute('lang');
    document.body.innerHTML = '';
  });

  const page = `
    <main>
      <h1>Demande d’acte de naissance</h1>
      <img src="logo.png">
      <form>
        <input type="text" name="nom">
        <select name="commune"><option>Liège</option></select>
        <button type="submit"></button>
      </form>
      <a href="/aide"></a>
      <span aria-label="Obligatoire"></span>
      <div role="directory">Annuaire</div>
      <details><summary></summary>Détails</details>
    </main>`;

  async function violations(lang: 'fr' | 'en'): Promise<axe.Result[]> {
    document.body.innerHTML = page;
    axe.reset();
    const locale = axeLocale(lang);
    if (locale) axe.configure({ locale });
    const rules = [
      'image-alt',
      'label',
      'select-name',
      'button-name',
      'link-name',
      'html-has-lang',
      'aria-prohibited-attr',
      'aria-deprecated-role',
      'summary-name',
    ];
    const results = await axe.run(document, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] });
    return results.violations;
  }

  /** Matches a message produced from one of `templates`, whatever the placeholders became. */
  function producedBy(message: string, templates: string[]): boolean {
    return templates.some((template) => {
      const parts = template.split(/\$\{[^}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      return new RegExp(`^${parts.join('[\\s\\S]*')}$`).test(message);
    });
  }

  it('reports rule and check texts in French', async () => {
    const french = frenchLocale();
    const found = await violations('fr');
    expect(found.map((v) => v.id).sort()).toEqual(
      [
        'aria-deprecated-role',
        'aria-prohibited-attr',
        'button-name',
        'html-has-lang',
        'image-alt',
        'label',
        'link-name',
        'select-name',
        'summary-name',
      ].sort(),
    );
    for (const violation of found) {
      expect(violation.help).toBe(valueAt(french, `rules.${violation.id}.help`));
      expect(violation.description).toBe(valueAt(french, `rules.${violation.id}.description`));
      expect(violation.help).not.toBe(templateMessages().get(`rules.${violation.id}.help`));
      for (const node of violation.nodes) {
        expect(node.failureSummary).toMatch(/^Corriger (l’un des|tous les) éléments suivants\s:/);
        expect(node.failureSummary).not.toMatch(/Fix (any|all) of the following/);
        for (const check of [...node.any, ...node.all, ...node.none]) {
          const messages = ['pass', 'fail', 'incomplete'].flatMap((type) =>
            leafPaths(valueAt(french, `checks.${check.id}.${type}`)).map((p) =>
              valueAt(french, `checks.${check.id}.${type}${p ? `.${p}` : ''}`),
            ),
          );
          const texts = messages.filter((m): m is string => typeof m === 'string');
          expect(texts.length, check.id).toBeGreaterThan(0);
          expect(producedBy(check.message, texts), `${check.id}: ${check.message}`).toBe(true);
        }
      }
    }
    // Messages that only our complement translates.
    const prohibited = found.find((v) => v.id === 'aria-prohibited-attr');
    expect(prohibited?.nodes[0]?.failureSummary).toContain('ne peut pas être utilisé');
    const deprecated = found.find((v) => v.id === 'aria-deprecated-role');
    expect(deprecated?.nodes[0]?.failureSummary).toContain('Le rôle utilisé est obsolète : directory');
  });

  it('goes back to English once reset', async () => {
    await violations('fr');
    const found = await violations('en');
    const image = found.find((v) => v.id === 'image-alt');
    expect(image?.help).toBe('Images must have alternative text');
    expect(image?.nodes[0]?.failureSummary).toMatch(/^Fix any of the following:/);
  });
});
