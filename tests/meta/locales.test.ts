import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BARRIER_IDS, BARRIER_TEXT, journeyRules, rules } from '../../src/engine';
import { LABELS } from '../../src/report/model/labels';
import { placeholdersOf } from '../../src/engine/model/message';

/** A French user must see no English and an English user no French: every string exists twice. */
describe('locale completeness', () => {
  it.each(rules.map((r) => [r.id, r] as const))('rule %s has the same messages and placeholders in fr and en', (_id, rule) => {
    const { fr, en } = rule.text;
    expect(Object.keys(fr.messages).sort()).toEqual(Object.keys(en.messages).sort());
    for (const key of Object.keys(fr.messages)) {
      expect(placeholdersOf(fr.messages[key]!), key).toEqual(placeholdersOf(en.messages[key]!));
    }
    for (const text of [fr.description, fr.help, en.description, en.help]) expect(text.trim()).not.toBe('');
  });

  it('every barrier has a name and a who-is-blocked sentence in both languages', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const id of BARRIER_IDS) {
        expect(BARRIER_TEXT[lang][id].name.trim(), `${lang} ${id}`).not.toBe('');
        expect(BARRIER_TEXT[lang][id].whoIsBlocked.trim(), `${lang} ${id}`).not.toBe('');
      }
    }
  });

  it('UI strings exist in fr and en with the same placeholders', () => {
    const load = (lang: string) =>
      JSON.parse(readFileSync(join(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
    const fr = load('fr');
    const en = load('en');
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(fr)) expect(placeholdersOf(fr[key]!.message), key).toEqual(placeholdersOf(en[key]!.message));
  });

  /*
   * French typography writes the elision with the typographic apostrophe ("l’analyse"); a mix of
   * both in one report looks careless to the agencies it is sent to. A plural is chosen by the
   * number, never written "élément(s)": readers stumble on it and screen readers spell it out.
   */
  it('French user text uses the typographic apostrophe, and no text writes a plural as "(s)"', () => {
    const catalog = (lang: string) => JSON.parse(readFileSync(join(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8')) as unknown;
    const axeFr = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/engine/axe/locale-fr-complement.json'), 'utf8')) as unknown;
    const fr = stringsOf([rules.map((r) => r.text.fr), journeyRules.map((r) => r.text.fr), BARRIER_TEXT.fr, LABELS.fr, catalog('fr'), axeFr]);
    const en = stringsOf([rules.map((r) => r.text.en), journeyRules.map((r) => r.text.en), BARRIER_TEXT.en, LABELS.en, catalog('en')]);
    expect(fr.length).toBeGreaterThan(300);
    expect(fr.filter((text) => /(?<![\p{L}])(?:[dlnsjmtc]|qu|jusqu|lorsqu|puisqu)'(?=[aeiouyhéèêàâîô])/iu.test(text))).toEqual([]);
    expect([...fr, ...en].filter((text) => /\p{L}\((?:s|e|es|x)\)/u.test(text))).toEqual([]);
  });
});

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}
