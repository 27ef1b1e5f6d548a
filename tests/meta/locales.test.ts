import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BARRIER_IDS, BARRIER_TEXT, rules } from '../../src/engine';
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
});
