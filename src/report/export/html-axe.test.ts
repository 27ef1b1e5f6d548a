import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../engine/model';
import { toHtml } from './to-html';

/**
 * The exported HTML must itself be accessible. happy-dom has no layout, so colour contrast is
 * left to the browser tests; every other WCAG A/AA rule runs here.
 */
describe('exported HTML passes axe-core', () => {
  for (const name of ['audit', 'journey', 'empty']) {
    it(name, { timeout: 60_000 }, async () => {
      const report = ReportSchema.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../tests/reports/fixtures/${name}.report.json`), 'utf8')));
      const html = toHtml(report);
      document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/, '');
      document.documentElement.lang = report.lang;
      const results = await axe.run(document.documentElement, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        rules: { 'color-contrast': { enabled: false } },
      });
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(5);
    });
  }
});
