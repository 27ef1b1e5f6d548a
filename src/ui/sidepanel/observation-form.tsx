import { useRef, useState } from 'preact/hooks';
import { BARRIER_IDS, BARRIER_TEXT, findPersonalData, type BarrierId, type Lang, type NotePersonalKind } from '../../engine/model';
import { QUICK_PICKS } from './quick-picks';

type T = (key: string, data?: Record<string, string | number>) => string;

const KIND_KEYS: Record<NotePersonalKind, string> = {
  email: 'recPdEmail',
  phone: 'recPdPhone',
  nir: 'recPdNir',
  iban: 'recPdIban',
  'belgian-national-number': 'recPdBelgianNumber',
  reference: 'recPdReference',
  name: 'recPdName',
  'birth-date': 'recPdBirthDate',
};

/**
 * A note on the current step: a barrier from the taxonomy and optional free text. The text is
 * checked for personal data before saving; the worker is told what it looks like and decides.
 */
export function ObservationForm({ lang, t, onSave, onCancel }: { lang: Lang; t: T; onSave: (barrier: BarrierId, text: string) => Promise<void>; onCancel: () => void }) {
  const [barrier, setBarrier] = useState<BarrierId>('email-required');
  const [text, setText] = useState('');
  const [warning, setWarning] = useState<NotePersonalKind[] | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  const save = async (confirmed: boolean) => {
    const kinds = [...new Set(findPersonalData(text).map((hit) => hit.kind))];
    if (kinds.length > 0 && !confirmed) {
      setWarning(kinds);
      return;
    }
    await onSave(barrier, text);
  };

  return (
    <form
      class="observe"
      aria-labelledby="observe-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void save(false);
      }}
    >
      <h3 id="observe-heading" tabIndex={-1}>{t('recObserveTitle')}</h3>
      <fieldset class="observe__picks">
        <legend>{t('recQuickPicks')}</legend>
        {QUICK_PICKS.map((pick) => (
          <button
            key={pick.key}
            type="button"
            class="chip"
            onClick={() => {
              setBarrier(pick.barrier);
              setText(t(pick.key));
              setWarning(null);
            }}
          >
            {t(pick.key)}
          </button>
        ))}
      </fieldset>
      <label class="field">
        <span>{t('recBarrier')}</span>
        <select value={barrier} onChange={(event) => setBarrier((event.target as HTMLSelectElement).value as BarrierId)}>
          {BARRIER_IDS.map((id) => (
            <option key={id} value={id}>
              {BARRIER_TEXT[lang][id].name}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('recNoteText')}</span>
        <textarea
          ref={textRef}
          rows={3}
          value={text}
          aria-describedby="observe-hint"
          onInput={(event) => {
            setText((event.target as HTMLTextAreaElement).value);
            setWarning(null);
          }}
        />
      </label>
      <p id="observe-hint" class="hint">{t('recNoteHint')}</p>
      {warning && (
        <div role="alert" class="warning">
          <p>{t('recPdWarning', { kinds: warning.map((kind) => t(KIND_KEYS[kind])).join(', ') })}</p>
          <button type="button" onClick={() => void save(true)}>{t('recPdSaveAnyway')}</button>{' '}
          <button type="button" onClick={() => { setWarning(null); textRef.current?.focus(); }}>{t('recPdEdit')}</button>
        </div>
      )}
      <div class="actions">
        <button type="submit" class="primary">{t('recObserveSave')}</button>
        <button type="button" onClick={onCancel}>{t('recCancel')}</button>
      </div>
    </form>
  );
}
