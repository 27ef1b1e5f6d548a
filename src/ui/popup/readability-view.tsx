import { z } from 'zod';
import type { Lang, PageAudit } from '../../engine/model';
import { translate } from '../shared/i18n';

/*
 * The page's reading level in words a social worker can repeat ("difficile : niveau fin de
 * lycée"), then the hardest passages first. The data is PageAudit.metrics.readability, read
 * from storage: parsed here, and an older audit without it shows nothing.
 */
const LevelSchema = z.object({ fr: z.string(), en: z.string() });
const ReadabilitySchema = z.object({
  lang: z.enum(['fr', 'en']).nullable(),
  words: z.number(),
  sentences: z.number(),
  score: z.number().nullable(),
  level: LevelSchema.nullable(),
  lix: z.number().nullable(),
  reliable: z.boolean(),
  hardest: z.array(
    z.object({ excerpt: z.string(), words: z.number(), sentences: z.number(), score: z.number(), lix: z.number(), level: LevelSchema }),
  ),
});

interface Props {
  page: PageAudit;
  lang: Lang;
}

export function ReadabilityView({ page, lang }: Props) {
  const parsed = ReadabilitySchema.safeParse(page.metrics.readability);
  if (!parsed.success) return null;
  const r = parsed.data;
  const t = (key: string, data?: Record<string, string | number>) => translate(lang, key, data);
  return (
    <section class="readability" aria-labelledby="readability-heading" data-testid="readability">
      <h2 id="readability-heading">{t('readabilityHeading')}</h2>
      {r.level === null || r.score === null ? (
        <p>{t('readabilityNoText')}</p>
      ) : (
        <>
          <p class="readability__level">
            {t('readabilityLevelLabel')} <strong data-testid="readability-level">{r.level[lang]}</strong>
          </p>
          {!r.reliable && <p class="readability__note">{t('readabilityTooShort', { words: r.words })}</p>}
          <p class="readability__note">
            {t('readabilityDetails', { score: Math.round(r.score), words: r.words, sentences: r.sentences, lix: Math.round(r.lix ?? 0) })}
          </p>
        </>
      )}
      {r.hardest.length > 0 && (
        <>
          <h3>{t('readabilityHardestHeading')}</h3>
          <ol class="readability__blocks">
            {r.hardest.map((block, i) => (
              <li key={i} data-testid="readability-block">
                <strong>{block.level[lang]}</strong> ({t('readabilityBlockCounts', { score: block.score, words: block.words })})
                <blockquote class="readability__excerpt">{block.excerpt}</blockquote>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
