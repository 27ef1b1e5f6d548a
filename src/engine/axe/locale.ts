/**
 * axe-core messages in the user's language.
 *
 * Why a complement: axe-core ships locales/fr.json, but that file lags behind axe's English
 * messages. In axe-core 4.14.1 it has no text for the rules and checks added since it was written
 * (aria-braille-equivalent, aria-prohibited-attr, target-size, important-*-spacing, ...), and some
 * of its messages are stale: a plain string where English now has messageKey variants, or other
 * placeholders than the English ones (e.g. "${data}" dropped from meta-viewport). What a locale
 * lacks is not always shown in English: axe keeps English for a missing rule or check, but an
 * object-valued pass/fail message replaces the whole English object (a missing messageKey then
 * falls back to the generic incomplete text), and a check whose English `incomplete` is a string
 * loses it entirely when the locale has none (empty message).
 * locale-fr-complement.json holds our own French for exactly those keys; it wins over fr.json.
 *
 * The English source of truth for the key set is axe-core/locales/_template.json (axe regenerates
 * it on each build from the rule and check metadata). After upgrading axe-core, list the gaps with
 *   npx vitest run src/engine/axe/locale.test.ts
 * which fails with every template key that has no French text and every French message whose
 * placeholders differ from English. To see what axe's own fr.json lacks (before our complement):
 *   npx tsx -e "import fr from 'axe-core/locales/fr.json'; import { localeGaps } from './src/engine/axe/locale.ts'; console.log(localeGaps(fr))"
 * Translate the listed keys into the complement (same structure as axe's locale files).
 *
 * No Node APIs here: this module is bundled into the extension (Vite/WXT) and the engine (esbuild).
 */
import type { Locale } from 'axe-core';
import fr from 'axe-core/locales/fr.json';
import template from 'axe-core/locales/_template.json';
import frComplement from './locale-fr-complement.json';

type Tree = { [key: string]: unknown };

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A fresh copy of `base` with `over` merged in; `over` wins, including where the shapes differ. */
function deepMerge(base: unknown, over: unknown): unknown {
  if (over === undefined) return isTree(base) ? deepMerge({}, base) : base;
  if (!isTree(over)) return over;
  const out: Tree = {};
  if (isTree(base)) for (const [key, value] of Object.entries(base)) out[key] = deepMerge(undefined, value);
  for (const [key, value] of Object.entries(over)) out[key] = deepMerge(out[key], value);
  return out;
}

function mergedFrench(): Tree {
  return deepMerge(fr, frComplement) as Tree;
}

/**
 * The locale to hand to `axe.configure({ locale })`, or undefined for axe's built-in English.
 * A new object on every call: axe keeps what it is given, callers may not share it by accident.
 */
export function axeLocale(lang: 'fr' | 'en'): Locale | undefined {
  if (lang === 'en') return undefined;
  // The object also carries failureSummaries and incompleteFallbackMessage, which axe.configure
  // applies although axe's Locale type does not declare them.
  return mergedFrench() as Locale;
}

/** The placeholders of one message, `${data.x}` and doT `{{...}}`, whitespace-insensitive. */
export function placeholders(message: string): string[] {
  const found = message.match(/\$\{[^}]*\}|\{\{[\s\S]*?\}\}/g) ?? [];
  return [...new Set(found.map((p) => p.replace(/\s+/g, '')))].sort();
}

/** Every message of the English template, as dotted path (`checks.target-size.fail.default`) → text. */
export function templateMessages(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'string') out.set(path, node);
    else if (isTree(node)) for (const [key, value] of Object.entries(node)) walk(value, `${path}.${key}`);
  };
  const { lang: _lang, ...messages } = template as Tree;
  for (const [key, value] of Object.entries(messages)) walk(value, key);
  return out;
}

/** The value at a dotted path. Rule and check ids and messageKeys never contain dots. */
function at(tree: unknown, path: string): unknown {
  let node = tree;
  for (const key of path.split('.')) node = isTree(node) ? node[key] : undefined;
  return node;
}

/**
 * Compares a locale (axe's fr.json, or our merge) with the English template. `missing`: template
 * keys without a usable translation (absent, or not a string where English has a string — e.g. a
 * stale string/object shape). `stale`: translated keys whose placeholders differ from English.
 */
export function localeGaps(locale: unknown): { missing: string[]; stale: string[] } {
  const missing: string[] = [];
  const stale: string[] = [];
  for (const [path, english] of templateMessages()) {
    const text = at(locale, path);
    if (typeof text !== 'string' || (text.trim() === '' && english.trim() !== '')) {
      missing.push(path);
    } else if (placeholders(text).join('\n') !== placeholders(english).join('\n')) {
      stale.push(path);
    }
  }
  return { missing, stale };
}

/** Template keys that have no French text once axe's fr.json and our complement are merged. */
export function missingFrenchKeys(): string[] {
  return localeGaps(mergedFrench()).missing;
}
