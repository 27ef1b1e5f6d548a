import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../engine/model';
import { translate } from '../shared/i18n';
import { AuditResults } from './audit-results';
import type { LangSetting, PopupApi, PopupAuditState } from './popup-api';
import { shownState, staleAt } from './stale-audit';

const ERROR_KEYS: Record<string, string> = {
  restricted: 'errorRestricted',
  'tab-closed': 'errorTabClosed',
  'injection-failed': 'errorInjectionFailed',
  'audit-failed': 'errorAuditFailed',
  interrupted: 'errorInterrupted',
};

export function PopupApp({ api }: { api: PopupApi }) {
  const [lang, setLang] = useState<Lang>('fr');
  const [langSetting, setLangSetting] = useState<LangSetting>('auto');
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [stored, setStored] = useState<PopupAuditState>({ status: 'none' });
  const [now, setNow] = useState(() => Date.now());
  // Set when this popup saw an audit finish: the results then take the focus, so keyboard and
  // screen-reader users land on them instead of on a button that did its job.
  const [justFinished, setJustFinished] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const t = (key: string, data?: Record<string, string | number>) => translate(lang, key, data);
  const state = shownState(stored, now);
  const running = state.status === 'running';

  useEffect(() => {
    void api.readLangSetting().then(({ setting, lang: resolved }) => {
      setLangSetting(setting);
      setLang(resolved);
    });
    void api.activeTabId().then(setTabId);
  }, [api]);

  // Layout effect: the page's language changes in the same frame as its text, so a screen reader never reads English words with French rules.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('extName');
  }, [lang]);

  useEffect(() => {
    if (tabId == null) return undefined;
    void api.readAudit(tabId).then(setStored);
    return api.onAuditChange(tabId, setStored);
  }, [api, tabId]);

  // A "running" record whose worker died never changes again: wake up when it turns stale.
  useEffect(() => {
    const at = staleAt(stored);
    if (at === null) return undefined;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, at - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [stored]);

  useEffect(() => {
    if (state.status === 'error' && justFinished) errorRef.current?.focus();
  }, [state.status, justFinished]);

  const start = () => {
    if (tabId == null || running) return;
    setJustFinished(false);
    setStored({ status: 'running', startedAt: new Date().toISOString() });
    setNow(Date.now());
    api.startAudit(tabId).then(
      (error) => {
        if (error) setStored({ status: 'error', error, message: '' });
        setJustFinished(true);
      },
      // The background could not answer: its worker was stopped during the audit.
      (error: unknown) => {
        setStored({ status: 'error', error: 'interrupted', message: error instanceof Error ? error.message : String(error) });
        setJustFinished(true);
      },
    );
  };

  const changeLang = (setting: LangSetting) => {
    setLangSetting(setting);
    void api.writeLangSetting(setting).then(setLang);
  };

  return (
    <main class="popup">
      <header class="popup__header">
        <h1>{t('extName')}</h1>
        <label class="popup__lang">
          {t('settingsLanguage')}{' '}
          <select value={langSetting} onChange={(event) => changeLang((event.target as HTMLSelectElement).value as LangSetting)}>
            <option value="auto">{t('languageAuto')}</option>
            <option value="fr" lang="fr">{t('languageFr')}</option>
            <option value="en" lang="en">{t('languageEn')}</option>
          </select>
        </label>
      </header>
      {/* aria-disabled rather than disabled: a disabled button drops the keyboard focus. */}
      <button type="button" class="popup__audit" onClick={start} aria-disabled={tabId == null || running} data-running={running}>
        {running ? t('auditButtonRunning') : t('auditButton')}
      </button>
      <div role="status" aria-live="polite" class="popup__status">
        {tabId === null && <p>{t('noTab')}</p>}
        {running && (
          <p class="popup__progress">
            <span class="spinner" aria-hidden="true" /> {t('auditRunning')}
          </p>
        )}
        {state.status === 'done' && <p>{t('auditDone', { date: new Date(state.report.createdAt).toLocaleString(lang) })}</p>}
      </div>
      {state.status === 'error' && (
        <div role="alert" class="popup__error" tabIndex={-1} ref={errorRef}>
          <p>{t(ERROR_KEYS[state.error] ?? 'errorAuditFailed')}</p>
          {state.message && <p class="popup__detail">{t('errorDetail', { detail: state.message })}</p>}
        </div>
      )}
      {state.status === 'done' && tabId != null && (
        <button type="button" class="popup__report link-button" onClick={() => void api.openReport(tabId)}>
          {t('popupOpenReport')}
        </button>
      )}
      {tabId != null && (
        <button type="button" class="popup__report link-button" onClick={() => void api.openRecorder(tabId)}>
          {t('recOpenPanel')}
        </button>
      )}
      {state.status === 'done' && tabId != null && (
        <AuditResults
          report={state.report}
          lang={lang}
          focusHeading={justFinished}
          onHighlight={(bucket, ruleId, index) => api.highlight(tabId, bucket, ruleId, index)}
        />
      )}
    </main>
  );
}
