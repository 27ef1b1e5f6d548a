import { defineRule, inapplicable, pass, review } from '../../model/rule';
import { fieldEvidence, isHidden } from '../../dom';
import { wordingReadable } from '../../dom/page-language';
import { nearbyText } from './upload-format';

/**
 * A size limit stated next to a file field ("2 Mo maximum", "no more than 10MB"). A phone photo
 * weighs about 2 to 5 MB, so a limit under 5 MB often means the person must shrink the file,
 * which few know how to do. Photo sizes vary: needs review, never fail. A limit of 5 MB or more
 * passes, with the limit as evidence.
 */
const SIZE = /(\d+(?:[.,]\d+)?)\s*(go|gb|mo|mb|ko|kb)\b/gi;
const LIMIT_CONTEXT = /max|limit|taille|poids|size|no more than|ne (?:doit|peut) pas d[ée]passer|jusqu['’]?[àa]|up to|at most|inf[ée]rieur|less than|under/i;
const PHONE_PHOTO_MB = 5;
const TO_MB: Record<string, number> = { go: 1024, gb: 1024, mo: 1, mb: 1, ko: 1 / 1024, kb: 1 / 1024 };

export default defineRule({
  id: 'upload-size-limit',
  scope: 'element',
  selector: 'input[type=file]',
  impact: 'moderate',
  tags: ['cat.balise'],
  barriers: ['document-upload'],
  text: {
    fr: {
      description: 'La taille maximale annoncée pour un fichier laisse passer une photo de téléphone.',
      help: 'Acceptez au moins 5 Mo par fichier, ou réduisez la taille des photos automatiquement.',
      messages: {
        smallLimit: 'Taille maximale annoncée : {limit}. Une photo de téléphone pèse souvent 2 à 5 Mo : il faudra peut-être la réduire.',
      },
    },
    en: {
      description: 'The stated maximum file size lets a phone photo through.',
      help: 'Accept at least 5 MB per file, or shrink photos automatically.',
      messages: {
        smallLimit: 'Stated maximum size: {limit}. A phone photo often weighs 2 to 5 MB: the person may have to shrink it.',
      },
    },
  },
  evaluate(element) {
    if (isHidden(element) || !wordingReadable(element.ownerDocument)) return inapplicable();
    const text = nearbyText(element);
    let largest: { mb: number; stated: string } | null = null;
    for (const m of text.matchAll(SIZE)) {
      const around = text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + m[0].length + 20);
      if (!LIMIT_CONTEXT.test(around)) continue;
      const mb = Number.parseFloat((m[1] ?? '0').replace(',', '.')) * (TO_MB[(m[2] ?? '').toLowerCase()] ?? 1);
      // "at least 50KB and no more than 10MB": the maximum is the largest size stated.
      if (!largest || mb > largest.mb) largest = { mb, stated: m[0] };
    }
    if (!largest) return inapplicable();
    const evidence = { ...fieldEvidence(element), statedLimit: largest.stated };
    return largest.mb < PHONE_PHOTO_MB ? review('smallLimit', { limit: largest.stated }, evidence) : pass(evidence);
  },
});
