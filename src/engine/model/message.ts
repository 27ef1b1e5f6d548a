import type { Lang } from './lang';

/*
 * Messages fill `{name}` placeholders, and choose a plural with the ICU form
 * `{count, plural, one {# élément} other {# éléments}}` ("#" is the number): "1 élément(s)" is
 * harder to read, and a screen reader spells out the brackets. French puts 0 with 1 ("0 élément"),
 * English does not ("0 elements"): Intl.PluralRules of the message's language decides. An option may
 * hold placeholders of its own ("{n, plural, one {# étape sur {total}} other {…}}").
 */
const PLACEHOLDER = /\{(\w+)\}/g;
/** An option's text: anything but braces, or a whole `{name}` placeholder. */
const OPTION_TEXT = String.raw`(?:[^{}]|\{\w+\})*`;
const PLURAL = new RegExp(String.raw`\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{${OPTION_TEXT}\})+)\s*\}`, 'g');
const PLURAL_OPTION = new RegExp(String.raw`(=\d+|zero|one|two|few|many|other)\s*\{(${OPTION_TEXT})\}`, 'g');

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** Fills a message. A missing value is left visible rather than silently blanked. */
export function formatMessage(template: string, data: Readonly<Record<string, unknown>> = {}, lang: Lang = 'fr'): string {
  const plurals = template.includes(', plural,') ? template.replace(PLURAL, (whole, name: string, options: string) => pluralOf(whole, data[name], options, lang)) : template;
  return plurals.replace(PLACEHOLDER, (whole, name: string) => (data[name] === undefined || data[name] === null ? whole : String(data[name])));
}

function pluralOf(whole: string, value: unknown, options: string, lang: Lang): string {
  const n = typeof value === 'number' ? value : Number(value);
  if (value === undefined || value === null || value === '' || Number.isNaN(n)) return whole;
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  const category = rules.select(n);
  const byKey = new Map([...options.matchAll(PLURAL_OPTION)].map((m) => [m[1]!, m[2]!] as const));
  const chosen = byKey.get(`=${n}`) ?? byKey.get(category) ?? byKey.get('other') ?? '';
  return chosen.replace(/#/g, n.toLocaleString(lang));
}

/** The names a message fills, plural choices included, each once: a translation must fill the same ones. */
export function placeholdersOf(template: string): string[] {
  const pluralMatches = [...template.matchAll(PLURAL)];
  const plurals = pluralMatches.map((m) => m[1] ?? '');
  const optionTexts = pluralMatches.flatMap((m) => [...(m[2] ?? '').matchAll(PLURAL_OPTION)].map((o) => o[2] ?? ''));
  const insideOptions = optionTexts.flatMap((text) => [...text.matchAll(PLACEHOLDER)].map((p) => p[1] ?? ''));
  const simple = [...template.replace(PLURAL, '').matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
  return [...new Set([...plurals, ...insideOptions, ...simple])].sort();
}
