import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../engine/model';
import { translate } from '../shared/i18n';
import { AuditResults } from './audit-results';
import type { LangSetting, PopupApi, PopupAuditState } from './popup-api';

const ERROR_KEYS: Record<string, string> = {
  restricted: 'errorRestricted',
  'tab-closed': 'errorTabClosed',
  'injection-failed': 'errorInjectionFailed',
  'audit-failed': 'errorAuditFailed',
};

export function PopupApp({ api }: { api: PopupApi }) {
  const [lang, setLang] = useState<Lang>('fr');
  const [langSetting, setLangSetting] = useState<LangSetting>('auto');
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [state, setState] = useState<PopupAuditState>({ status: 'none' });
  const t = (key: string, data?: Record<string, string | number>) => translate(lang, key, data);

  useEffect(() => {
    void api.readLangSetting().then(({ setting, lang: resolved }) => {
      setLangSetting(setting);
      setLang(resolved);
    });
    void api.activeTabId().then(setTabId);
  }, [api]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('extName');
  }, [lang]);

  useEffect(() => {
    if (tabId == null) return undefined;
    void api.readAudit(tabId).then(setState);
    return api.onAuditChange(tabId, setState);
  }, [api, tabId]);

  const start = () => {
    if (tabId == null) return;
    setState({ status: 'running' });
    api.startAudit(tabId).catch((error: unknown) =>
      setState({ status: 'error', error: 'audit-failed', message: error instanceof Error ? error.message : String(error) }),
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
      <button type="button" class="popup__audit" onClick={start} disabled={tabId == null || state.status === 'running'}>
        {t('auditButton')}
      </button>
      <div role="status" aria-live="polite" class="popup__status">
        {tabId === null && <p>{t('noTab')}</p>}
        {state.status === 'running' && <p>{t('auditRunning')}</p>}
        {state.status === 'done' && <p>{t('auditDone', { date: new Date(state.report.createdAt).toLocaleString(lang) })}</p>}
      </div>
      {state.status === 'error' && (
        <div role="alert" class="popup__error">
          <p>{t(ERROR_KEYS[state.error] ?? 'errorAuditFailed')}</p>
          {state.message && <p class="popup__detail">{t('errorDetail', { detail: state.message })}</p>}
        </div>
      )}
      {state.status === 'done' && tabId != null && (
        <AuditResults report={state.report} lang={lang} onHighlight={(bucket, ruleId, index) => api.highlight(tabId, bucket, ruleId, index)} />
      )}
    </main>
  );
}
