import { browser } from 'wxt/browser';
import { z } from 'zod';
import { DEFAULT_LANG, toLang, type Lang } from '../engine/model';

export const SettingsSchema = z.object({
  /** 'auto' follows the browser's language. */
  lang: z.enum(['auto', 'fr', 'en']).default('auto'),
});
export type Settings = z.infer<typeof SettingsSchema>;

const KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  const parsed = SettingsSchema.safeParse(stored[KEY] ?? {});
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

export async function writeSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: SettingsSchema.parse(settings) });
}

export function resolveLang(settings: Settings): Lang {
  if (settings.lang !== 'auto') return settings.lang;
  return toLang(browser.i18n.getUILanguage()) ?? DEFAULT_LANG;
}
