import { describe, expect, it } from 'vitest';
import { barrierTag, barriersFromTags, compareBarriers } from './barriers';
import { formatMessage, placeholdersOf } from './message';
import { toLang } from './lang';
import { PageAuditSchema } from './result';

describe('barriers', () => {
  it('reads barrier ids back from tags and ignores unknown ones', () => {
    expect(barriersFromTags(['wcag2a', barrierTag('captcha'), 'barrier.not-a-barrier', 'barrier.captcha'])).toEqual(['captcha']);
  });
  it('orders the most blocking barrier first', () => {
    expect(['inaccessible', 'account-required'].sort((a, b) => compareBarriers(a as never, b as never))).toEqual(['account-required', 'inaccessible']);
  });
});

describe('messages', () => {
  it('fills placeholders and leaves missing ones visible', () => {
    expect(formatMessage('{n} champ(s) sur {total}', { n: 2 })).toBe('2 champ(s) sur {total}');
    expect(placeholdersOf('{b} et {a}')).toEqual(['a', 'b']);
  });
});

describe('languages', () => {
  it('maps browser tags to the languages we speak', () => {
    expect(toLang('fr-BE')).toBe('fr');
    expect(toLang('en_GB')).toBe('en');
    expect(toLang('nl')).toBeNull();
    expect(toLang(undefined)).toBeNull();
  });
});

describe('page audit schema', () => {
  it('refuses an audit whose finding has an unknown barrier', () => {
    const audit = {
      url: 'https://x.test/', title: '', lang: 'fr', auditedAt: new Date().toISOString(), durationMs: 1,
      timings: { axeMs: 0, heuristicsMs: 0 }, violations: [{ id: 'r', source: 'balise', impact: 'minor', tags: [], barriers: ['nope'], description: '', help: '', nodes: [] }],
      incomplete: [], passes: [], inapplicable: [], metrics: {}, skippedFrames: [],
    };
    expect(PageAuditSchema.safeParse(audit).success).toBe(false);
    audit.violations[0]!.barriers = ['captcha'];
    expect(PageAuditSchema.safeParse(audit).success).toBe(true);
  });
});
