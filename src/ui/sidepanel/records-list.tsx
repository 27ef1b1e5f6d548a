import { useState } from 'preact/hooks';
import type { Lang } from '../../engine/model';
import type { RecordSummary } from './sidepanel-api';

type T = (key: string, data?: Record<string, string | number>) => string;

/** Every record kept in this browser; one can be shown again, or deleted after a confirmation. */
export function RecordsList({ records, lang, t, selectedId, onSelect, onDelete }: {
  records: RecordSummary[];
  lang: Lang;
  t: T;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onDelete: (id: string) => Promise<void>;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (records.length === 0) return null;
  return (
    <section aria-labelledby="records-heading">
      <h2 id="records-heading" tabIndex={-1}>{t('recRecordsTitle')}</h2>
      <ul class="records">
        {[...records].reverse().map((r) => (
          <li key={r.id} class="records__item" aria-current={r.id === selectedId ? 'true' : undefined}>
            <span class="records__name">{r.name}</span>
            <span class="steps__meta">
              {t('recRecordLine', { date: new Date(r.startedAt).toLocaleString(lang), steps: r.steps, status: t(`recStatus_${r.status}`) })}
            </span>
            {confirming === r.id ? (
              <span role="group" aria-label={t('recDeleteConfirm', { name: r.name })} class="actions">
                <span>{t('recDeleteConfirm', { name: r.name })}</span>
                <button type="button" class="danger" onClick={() => void onDelete(r.id).then(() => setConfirming(null))}>{t('recDeleteYes')}</button>
                <button type="button" onClick={() => setConfirming(null)}>{t('recCancel')}</button>
              </span>
            ) : (
              <span class="actions">
                {r.id !== selectedId && <button type="button" onClick={() => onSelect(r.id)}>{t('recShow', { name: r.name })}</button>}
                <button type="button" onClick={() => setConfirming(r.id)} aria-label={t('recDeleteNamed', { name: r.name })}>{t('recDelete')}</button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
