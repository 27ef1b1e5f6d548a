import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules, toLang } from '../../src/engine';
import { checkRuleFixture } from './rule-fixture-check';

/**
 * Convention: every rule has at least one fixture page tests/fixtures/rules/<id>[.<variant>].html
 * with data-expect marks. Here each runs in happy-dom; rules that need layout mark their
 * fixture <html data-needs-layout> and are checked in real Chromium only.
 */
const dir = join(import.meta.dirname, '../fixtures/rules');
const files = readdirSync(dir).filter((f) => f.endsWith('.html'));

describe('rule fixtures', () => {
  it.each(rules.map((rule) => rule.id))('%s has a fixture', (id) => {
    expect(files.some((f) => f === `${id}.html` || f.startsWith(`${id}.`))).toBe(true);
  });

  for (const file of files) {
    const id = file.split('.')[0]!;
    const rule = rules.find((r) => r.id === id);
    it(`${file} matches its data-expect marks`, () => {
      expect(rule, `no registered rule named ${id}`).toBeDefined();
      document.open();
      document.write(readFileSync(join(dir, file), 'utf8'));
      document.close();
      if (document.documentElement.hasAttribute('data-needs-layout')) return;
      const lang = toLang(document.documentElement.lang) ?? 'fr';
      expect(checkRuleFixture(document, rule!, lang)).toEqual([]);
    });
  }
});
