import fr from '../../../public/_locales/fr/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { formatMessage, type Lang } from '../../engine/model';

/**
 * UI strings come from the extension's _locales files (the manifest uses them too), imported
 * directly rather than through browser.i18n, which cannot follow the language override.
 */
export type MessageKey = keyof typeof fr;
const CATALOGS: Record<Lang, Record<string, { message: string }>> = { fr, en };

export function translate(lang: Lang, key: MessageKey | string, data?: Record<string, string | number>): string {
  const own = CATALOGS[lang][key];
  const entry = own ?? CATALOGS.fr[key];
  return entry ? formatMessage(entry.message, data, own ? lang : 'fr') : key;
}
