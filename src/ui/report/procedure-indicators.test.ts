import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../../engine/model';
import { alreadyKnownLevel, procedureIndicators } from './procedure-indicators';

const fixture = (name: string): Report => ReportSchema.parse(JSON.parse(readFileSync(`tests/reports/fixtures/${name}`, 'utf8')));

describe('procedure indicators', () => {
  it('reads the journey measures, with the level the analysis gave', () => {
    const byKey = Object.fromEntries(procedureIndicators(fixture('journey.report.json')).map((i) => [i.key, i]));
    expect(byKey.steps?.value).toBe(3);
    expect(byKey.fields?.value).toBe(6);
    expect(byKey.requiredFields?.value).toBe(6);
    expect(byKey.uploads?.value).toBe(2);
    expect(byKey.effortMinutes).toEqual({ key: 'effortMinutes', value: 18, level: 'orange' });
  });

  it('reads the journey analysis shape: distinct screens, effort in seconds, Observatoire colour, requirements met', () => {
    const base = fixture('journey.report.json');
    const metrics = {
      steps: { recorded: 5, distinctScreens: 4, formScreens: 3, overDsfrLimit: false },
      fields: { all: 12, required: 9, optional: 3, perStep: [4, 4, 4] },
      uploads: 1,
      alreadyKnown: { count: 3, items: [], colour: 'yellow' },
      requirements: { account: { met: true, certain: true, steps: [0] }, email: { met: true, certain: false, steps: [1] }, captcha: { met: false, certain: false, steps: [] } },
      effort: { totalSeconds: 250, simple: { count: 11, seconds: 55 }, lookUp: { count: 0, seconds: 0 }, upload: { count: 1, seconds: 180 } },
    };
    const indicators = procedureIndicators({ ...base, journey: { ...base.journey!, metrics } });
    expect(indicators).toEqual([
      { key: 'steps', value: 4 },
      { key: 'fields', value: 12 },
      { key: 'requiredFields', value: 9 },
      { key: 'uploads', value: 1 },
      { key: 'effortMinutes', value: 4 },
      { key: 'alreadyKnown', value: 3, level: 'orange' },
      { key: 'account', value: 1, level: 'red', certain: true },
      { key: 'email', value: 1, level: 'orange', certain: false },
    ]);
  });

  it('says "at least" for the counts when some steps could not be checked, not for what was seen', () => {
    const base = fixture('journey.report.json');
    const metrics = {
      lowerBound: true,
      steps: { recorded: 3, notChecked: [3], distinctScreens: 3, formScreens: 2, overDsfrLimit: false },
      fields: { all: 5, required: 4, optional: 1, perStep: [3, 2, 0, null] },
      uploads: 0,
      alreadyKnown: { count: 0, items: [], colour: 'green' },
      requirements: { email: { met: true, certain: true, steps: [0] } },
    };
    const indicators = procedureIndicators({ ...base, journey: { ...base.journey!, metrics } });
    expect(indicators).toEqual([
      { key: 'steps', value: 3, atLeast: true },
      { key: 'fields', value: 5, atLeast: true },
      { key: 'requiredFields', value: 4, atLeast: true },
      { key: 'uploads', value: 0, atLeast: true },
      // "At least 0" items already known is not green: the step not checked may ask for some.
      { key: 'alreadyKnown', value: 0, atLeast: true },
      { key: 'email', value: 1, level: 'red', certain: true },
    ]);
  });

  it('sums page measures for a page audit and estimates the time from fields and uploads', () => {
    const indicators = procedureIndicators(fixture('audit.report.json'));
    expect(indicators).toEqual([
      { key: 'fields', value: 9 },
      { key: 'requiredFields', value: 7 },
      { key: 'uploads', value: 1 },
      // 8 simple fields × 5 s + 1 upload × 180 s = 220 s, rounded up to 4 minutes.
      { key: 'effortMinutes', value: 4 },
    ]);
  });

  it('leaves out what it cannot read rather than guessing', () => {
    expect(procedureIndicators(fixture('empty.report.json'))).toEqual([]);
    const base = fixture('journey.report.json');
    expect(procedureIndicators({ ...base, journey: { ...base.journey!, metrics: { fields: 'many', uploads: null } } })).toEqual([{ key: 'steps', value: 3 }]);
  });

  it('follows the Observatoire thresholds for information asked again', () => {
    expect([0, 1, 2, 4, 5, 9].map(alreadyKnownLevel)).toEqual(['green', 'green', 'orange', 'orange', 'red', 'red']);
  });
});
