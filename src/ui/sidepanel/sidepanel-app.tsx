import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { BARRIER_TEXT, type Lang } from '../../engine/model';
import { recordReport } from '../../report/record/record-report';
import { translate } from '../shared/i18n';
import { formatDuration } from './format';
import { ObservationForm } from './observation-form';
import { RecordsList } from './records-list';
import type { ProcedureRecord, RecordSummary, SidepanelApi, TargetTab } from './sidepanel-api';
import { StepList } from './step-list';

const ERROR_KEYS: Record<string, string> = {
  'no-origin': 'recErrNoOrigin',
  'no-permission': 'recErrNoPermission',
  restricted: 'recErrRestricted',
  'tab-closed': 'recErrTabClosed',
  'already-recording': 'recErrAlready',
  'storage-full': 'recErrStorageFull',
};

export function SidepanelApp({ api }: { api: SidepanelApi }) {
  const [lang, setLang] = useState<Lang>('fr');
  const [target, setTarget] = useState<TargetTab | null | undefined>(undefined);
  const [records, setRecords] = useState<RecordSummary[]>([]);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [record, setRecord] = useState<ProcedureRecord | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [observing, setObserving] = useState(false);
  const [announce, setAnnounce] = useState('');
  const [saved, setSaved] = useState('');
  const seenEntries = useRef<{ id: string; count: number } | null>(null);
  // The control a keyboard user pressed often goes away (Start, Stop, Show...): focus then moves
  // to what replaced it, once it is drawn, instead of falling back to the top of the page.
  const focusNext = useRef<string | null>(null);
  useLayoutEffect(() => {
    const element = focusNext.current ? document.getElementById(focusNext.current) : null;
    if (!element) return;
    focusNext.current = null;
    element.focus();
  });
  const moveFocus = (id: string) => {
    focusNext.current = id;
  };
  const t = (key: string, data?: Record<string, string | number>) => translate(lang, key, data);

  useEffect(() => {
    void api.readLang().then(setLang);
    const refreshTarget = () => void api.targetTab().then(setTarget);
    refreshTarget();
    return api.onTargetChange(refreshTarget);
  }, [api]);

  // Layout effect: the page's language changes in the same frame as its text, so a screen reader never reads English words with French rules.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('recPanelTitle');
  }, [lang]);

  useEffect(() => {
    const refresh = () => void api.listRecords().then(setRecords);
    refresh();
    return api.onRecordsChange(refresh);
  }, [api]);

  // The record in the tab comes first; then the one the user chose, then the one paused by a restart.
  const activeHere = records.find((r) => r.status !== 'stopped' && r.tabId === target?.tabId) ?? null;
  const selectedId = chosenId ?? activeHere?.id ?? records.find((r) => r.status !== 'stopped')?.id ?? null;

  useEffect(() => {
    if (!selectedId) {
      setRecord(null);
      return;
    }
    void api.readRecord(selectedId).then((next) => {
      setRecord(next);
      // New steps are said aloud, once, through the live region.
      const seen = seenEntries.current;
      if (next && seen?.id === next.id && next.entries.length > seen.count) {
        const last = next.entries.at(-1);
        setAnnounce(last?.kind === 'step' ? t('recAnnounceStep', { n: next.entries.length, title: last.step.title }) : t('recAnnounceOther'));
      }
      seenEntries.current = next ? { id: next.id, count: next.entries.length } : null;
    });
  }, [api, selectedId, records]);

  const run = async (job: Promise<string | null>) => {
    const failed = await job.catch((e: unknown) => (e instanceof Error ? e.message : String(e)));
    setError(failed);
  };

  const start = () => {
    setError(null);
    if (!target?.origin) {
      setError('no-origin');
      return;
    }
    const { tabId, origin, access } = target;
    // Asked straight from the click: the browser only shows its question during a user gesture.
    void (access ? Promise.resolve(true) : api.requestSiteAccess(origin)).then(async (granted) => {
      if (!granted) {
        setError('no-permission');
        return;
      }
      const answer = await api.start(tabId, name.trim());
      if (answer.error || !answer.id) {
        setError(answer.error ?? 'recErrUnknown');
        return;
      }
      moveFocus('record-heading');
      setChosenId(answer.id);
      setName('');
    });
  };

  const active = record && record.status !== 'stopped' ? record : null;
  const canStart = !activeHere;

  return (
    <main class="panel">
      <h1 id="panel-heading" tabIndex={-1}>{t('recPanelTitle')}</h1>
      <div role="status" aria-live="polite" class="visually-hidden">{announce}</div>
      {error && (
        <div role="alert" class="error">
          <p>{t(ERROR_KEYS[error] ?? 'recErrUnknown', { detail: error })}</p>
        </div>
      )}

      {canStart && (
        <section aria-labelledby="new-heading">
          <h2 id="new-heading">{t('recNewTitle')}</h2>
          <label class="field">
            <span>{t('recName')}</span>
            <input type="text" value={name} maxLength={200} aria-describedby="name-hint" onInput={(e) => setName((e.target as HTMLInputElement).value)} />
          </label>
          <p class="hint" id="name-hint">{t('recNameHint')}</p>
          <p class="hint" id="why-access">
            {target?.origin ? t('recWhyAccess', { site: target.origin }) : t('recWhyAccessNoSite')}
          </p>
          <button type="button" class="primary" aria-describedby="why-access" onClick={start}>{t('recStart')}</button>
        </section>
      )}

      {record && (
        <section aria-labelledby="record-heading">
          <h2 id="record-heading" tabIndex={-1}>{record.name}</h2>
          <p class="steps__meta" role="status">{t(`recStatus_${record.status}`)}{record.pausedBecause ? ` — ${t(`recPaused_${record.pausedBecause.replace('-', '_')}`)}` : ''}</p>
          {active && (
            <div class="actions">
              {active.status === 'recording' ? (
                <button type="button" onClick={() => void run(api.pause(active.id))}>{t('recPause')}</button>
              ) : (
                <button type="button" onClick={() => target && void run(api.resume(active.id, target.tabId))} aria-disabled={!target}>{t('recResume')}</button>
              )}
              <button
                type="button"
                class="danger"
                onClick={() => {
                  moveFocus('finished');
                  // Once stopped it is no longer "the record of this tab": keep showing it.
                  setChosenId(active.id);
                  void run(api.stop(active.id));
                }}
              >
                {t('recStop')}
              </button>
            </div>
          )}
          {record.status === 'stopped' && record.analysis && <Finished record={record} lang={lang} t={t} api={api} />}

          <h3>{t('recStepsTitle', { count: record.entries.filter((e) => e.kind !== 'left-site').length })}</h3>
          <StepList record={record} t={t} />

          <h3 id="observations-heading">{t('recObservationsTitle')}</h3>
          <p class="hint">{t('recObservationsApart')}</p>
          {record.observations.length === 0 ? (
            <p>{t('recNoObservation')}</p>
          ) : (
            <ul class="observations" aria-labelledby="observations-heading">
              {record.observations.map((o) => (
                <li key={o.id}>
                  <strong>{BARRIER_TEXT[lang][o.barrier].name}</strong>
                  {o.stepIndex !== undefined && <span class="steps__meta"> · {t('recObservationStep', { n: o.stepIndex + 1 })}</span>}
                  {o.text && <p class="observations__text">{o.text}</p>}
                </li>
              ))}
            </ul>
          )}
          <div role="status" class="visually-hidden">{saved}</div>
          {active && !observing && (
            <button type="button" id="add-observation" onClick={() => { moveFocus('observe-heading'); setObserving(true); setSaved(''); }}>{t('recAddObservation')}</button>
          )}
          {active && observing && (
            <ObservationForm
              lang={lang}
              t={t}
              onCancel={() => {
                moveFocus('add-observation');
                setObserving(false);
              }}
              onSave={async (barrier, text) => {
                await run(api.observe(active.id, barrier, text));
                moveFocus('add-observation');
                setObserving(false);
                setSaved(t('recObservationSaved'));
              }}
            />
          )}
        </section>
      )}

      <RecordsList
        records={records}
        lang={lang}
        t={t}
        selectedId={selectedId}
        onSelect={(id) => {
          moveFocus('record-heading');
          setChosenId(id);
        }}
        onDelete={async (id) => {
          if (id === chosenId) setChosenId(null);
          await run(api.remove(id));
          // The pressed button is gone with its record; the list's heading stays while others remain.
          document.getElementById(records.length > 1 ? 'records-heading' : 'panel-heading')?.focus();
        }}
      />
    </main>
  );
}

/** The finished record: what the procedure cost, and its report to open or save. */
function Finished({ record, lang, t, api }: { record: ProcedureRecord; lang: Lang; t: (k: string, d?: Record<string, string | number>) => string; api: SidepanelApi }) {
  const journey = record.analysis;
  const metrics = journey?.metrics as { lowerBound?: boolean; steps?: { distinctScreens?: number; notChecked?: number[] }; fields?: { all?: number }; uploads?: number; effort?: { totalSeconds?: number } } | undefined;
  const findings = [...(journey?.violations ?? []), ...(journey?.incomplete ?? [])];
  return (
    <div class="finished" id="finished" tabIndex={-1}>
      <p>
        {t('recFinished', {
          steps: metrics?.steps?.distinctScreens ?? 0,
          fields: metrics?.fields?.all ?? 0,
          uploads: metrics?.uploads ?? 0,
          effort: formatDuration((metrics?.effort?.totalSeconds ?? 0) * 1000),
        })}
        {metrics?.lowerBound && <> {t('recFinishedNotChecked', { count: metrics.steps?.notChecked?.length ?? 1 })}</>}
      </p>
      {findings.length > 0 && (
        <ul class="journey-findings">
          {findings.map((f) => (
            <li key={f.id} data-rule={f.id}>{f.barriers[0] ? BARRIER_TEXT[lang][f.barriers[0]].name : f.help}</li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={() => {
            const report = recordReport(record);
            if (report) api.exportJson(report);
          }}>{t('recExportJson')}</button>
        <button type="button" onClick={() => void api.openReport(record.id)}>{t('recOpenReport')}</button>
      </div>
    </div>
  );
}
