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
  it('chooses the plural of the message\'s language: French puts 0 with 1, English does not', () => {
    const fr = '{n, plural, one {# élément} other {# éléments}} sur {total}';
    const en = '{n, plural, one {# element} other {# elements}} of {total}';
    expect([0, 1, 2].map((n) => formatMessage(fr, { n, total: 3 }, 'fr'))).toEqual(['0 élément sur 3', '1 élément sur 3', '2 éléments sur 3']);
    expect([0, 1, 2].map((n) => formatMessage(en, { n, total: 3 }, 'en'))).toEqual(['0 elements of 3', '1 element of 3', '2 elements of 3']);
    expect(formatMessage('{n, plural, =0 {aucun champ} other {# champs}}', { n: 0 })).toBe('aucun champ');
    expect(formatMessage(fr, { n: 1500 }, 'fr')).toBe('1\u202f500 éléments sur {total}');
    // A missing count stays visible, as a missing placeholder does.
    expect(formatMessage(fr, {})).toBe(fr.replace(' sur {total}', '') + ' sur {total}');
    expect(placeholdersOf(fr)).toEqual(['n', 'total']);
  });
  it('fills placeholders inside a plural option, and lists them', () => {
    const fr = '{n, plural, one {# étape sur {total}} other {# étapes sur {total}}}, {site}';
    expect(formatMessage(fr, { n: 1, total: 4, site: 'CAF' }, 'fr')).toBe('1 étape sur 4, CAF');
    expect(formatMessage(fr, { n: 3, total: 4, site: 'CAF' }, 'fr')).toBe('3 étapes sur 4, CAF');
    expect(formatMessage(fr, { n: 3 }, 'fr')).toBe('3 étapes sur {total}, {site}');
    expect(placeholdersOf(fr)).toEqual(['n', 'site', 'total']);
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
