import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeJourney } from '../../engine/journey/analyze-journey';
import { stepsFromHtml } from '../../engine/journey/testing/steps-from-html';
import type { JourneyStep } from '../../engine/model';
import { metricViews, METRIC_TEXT, walkMetrics } from './metric-view';

const dir = resolve(import.meta.dirname, '../../../tests/fixtures/cli-journey');
const FILES = ['1-coordonnees', '2-justificatif', '3-recapitulatif', '4-confirmation-sans-numero'];

function body(file: string): string {
  const html = readFileSync(resolve(dir, `${file}.html`), 'utf8');
  return /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
}

describe('metric views of a real procedure', () => {
  let steps: JourneyStep[];
  let journey: Record<string, unknown>;
  beforeAll(async () => {
    steps = await stepsFromHtml(FILES.map((f) => ({ body: body(f) })), 'fr');
    journey = analyzeJourney(steps, { lang: 'fr' }).metrics as unknown as Record<string, unknown>;
  });

  it('names every journey and page metric in French and English (or hides it as engine bookkeeping)', () => {
    const keys: string[] = [];
    for (const metrics of [journey, ...steps.map((s) => s.audit.metrics)]) walkMetrics(metrics, 'fr', [], keys);
    expect(keys.length).toBeGreaterThan(40);
    const missing = [...new Set(keys)].filter((k) => !METRIC_TEXT[k]?.label.fr || !METRIC_TEXT[k]?.label.en);
    expect(missing).toEqual([]);
    // The walk reports what it drops for want of a label, so a new metric cannot slip by unnamed.
    const reached: string[] = [];
    walkMetrics({ fields: { all: 3, mystery: { depth: 1 } }, passedNodes: 9 }, 'fr', [], reached);
    expect(reached).toEqual(['fields.all', 'fields.mystery.depth']);
  });

  it('shows lists, steps from 1 and colours in words, with no dotted key as a label', () => {
    const fr = metricViews(journey, 'fr');
    const row = (key: string) => fr.find((m) => m.key === key)?.value;
    expect(row('stepIndicator.claimedTotals')).toBe('4');
    expect(row('navigation.summary.step')).toBe('étape 3');
    expect(row('navigation.acknowledgement.step')).toBe('étape 4');
    expect(row('requirements.email.steps')).toBe('1, 2');
    expect(row('alreadyKnown.colour')).toBe('vert : bien');
    expect(row('alreadyKnown.items')).toBe('justificatif de domicile (étape 2)');
    expect(row('fields.perStep')).toBe('étape 1 : 2 ; étape 2 : 2 ; étape 3 : 0 ; étape 4 : 0');
    expect(row('effort.totalSeconds')).toBe('3 min 15 s');
    expect(fr.filter((m) => /^[a-z]+[A-Z.]/.test(m.label))).toEqual([]);
    const pages = steps.flatMap((s) => metricViews(s.audit.metrics, 'en'));
    expect(pages.filter((m) => /^[a-z]+[A-Z.]/.test(m.label) || m.key.startsWith('passedNodes'))).toEqual([]);
  });
});
