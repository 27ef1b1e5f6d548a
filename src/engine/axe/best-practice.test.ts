import { afterEach, describe, expect, it } from 'vitest';
import { fromAxeResults } from './convert';
import { bestPracticeReason, isBestPracticeOnly } from './best-practice';
import { AXE_TAGS, runAxe } from './run-axe';
import axe from 'axe-core';

const bucketsOf = (buckets: ReturnType<typeof fromAxeResults>, id: string) =>
  (['violations', 'incomplete', 'passes', 'inapplicable'] as const).filter((bucket) => buckets[bucket].some((rule) => rule.id === id));

describe('axe best-practice rules (no WCAG criterion) are checks to make, not certain WCAG failures', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('knows which rules of our tag set are best practices only', () => {
    const bestPractices = axe.getRules(AXE_TAGS).filter((rule) => isBestPracticeOnly(rule.tags)).map((rule) => rule.ruleId);
    expect(bestPractices).toEqual(expect.arrayContaining(['region', 'skip-link', 'table-duplicate-name']));
    expect(bestPractices).not.toContain('image-alt');
    expect(isBestPracticeOnly(['cat.text-alternatives', 'wcag2a', 'wcag111', 'EN-301-549', 'RGAAv4', 'RGAA-1.1.1'])).toBe(false);
  });

  it('reports content outside landmarks as needs review, saying why, in French; a WCAG failure stays certain', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = '<div><p>Bienvenue sur le service.</p><img src="/logo.png"></div>';
    const buckets = fromAxeResults(await runAxe(document, 'fr'));
    expect(bucketsOf(buckets, 'region')).toContain('incomplete');
    expect(bucketsOf(buckets, 'region')).not.toContain('violations');
    const region = buckets.incomplete.find((rule) => rule.id === 'region')!;
    expect(region).toMatchObject({ source: 'axe', barriers: ['inaccessible'] });
    for (const node of region.nodes) {
      expect(node.failureSummary).toMatch(/^Bonne pratique d’axe-core, rattachée au test RGAA 9\.2\.1 mais à aucun critère WCAG : ce n’est pas un défaut WCAG certain, vérifiez à la main\.\n/);
    }
    expect(bucketsOf(buckets, 'image-alt')).toEqual(['violations']);
  });

  it('says the same in English', async () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = '<div><p>Welcome to the service.</p></div>';
    const buckets = fromAxeResults(await runAxe(document, 'en'));
    expect(buckets.violations.map((rule) => rule.id)).not.toContain('region');
    const region = buckets.incomplete.find((rule) => rule.id === 'region')!;
    expect(region.nodes[0]!.failureSummary).toMatch(/^axe-core best practice, tied to RGAA test 9\.2\.1 but to no WCAG success criterion: not a certain WCAG failure, check by hand\.\n/);
    expect(bestPracticeReason(['best-practice'], 'en')).toBe('axe-core best practice, tied to no WCAG success criterion: not a certain WCAG failure, check by hand.');
  });
});
