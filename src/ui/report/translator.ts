import type { Lang } from '../../engine/model';
import { translate } from '../shared/i18n';

export type Translate = (key: string, data?: Record<string, string | number>) => string;

export const translator =
  (lang: Lang): Translate =>
  (key, data) =>
    translate(lang, key, data);
