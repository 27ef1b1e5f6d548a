import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Lang, Report } from '../../engine/model';
import { applyExportChoices, buildReportView } from '../../report';
import { AppendixSection } from './appendix-section';
import { BarriersSection } from './barriers-section';
import { ExportPanel, NO_CHOICES, type Choices } from './export-panel';
import { FilingPanel } from './filing-panel';
import { ImportPanel } from './import-panel';
import { MetricsSection } from './metrics-section';
import { ObservationsSection } from './observations-section';
import { ReportHead } from './report-head';
import type { LoadResult, ReportPageApi } from './report-page-api';
import { SummarySection } from './summary-section';
import { translator } from './translator';

type Origin = 'stored' | 'imported';

/** The full report for a person to read, check, export and file, in the settings' language. */
export function ReportApp({ api }: { api: ReportPageApi }) {
  const request = useMemo(() => api.request(), [api]);
  const [lang, setLang] = useState<Lang>('fr');
  const [loaded, setLoaded] = useState<LoadResult | null>(null);
  const [imported, setImported] = useState<Report | null>(null);
  const [choices, setChoices] = useState<Choices>(NO_CHOICES);
  const t = translator(lang);

  useEffect(() => {
    void api.readLang().then(setLang);
    void api.load(request).then(setLoaded, () => setLoaded({ status: 'invalid' }));
  }, [api, request]);

  const report = imported ?? (loaded?.status === 'ok' ? loaded.report : null);
  const origin: Origin = imported ? 'imported' : 'stored';
  const view = useMemo(() => (report ? buildReportView(report, lang) : null), [report, lang]);
  const chosen = useMemo(() => (report ? applyExportChoices(report, choices) : null), [report, choices]);

  // Layout effect: the page's language changes in the same frame as its text, so a screen reader never reads English words with French rules.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title = view ? `${view.title} – Balise` : t('rpPageTitle');
  }, [lang, view]);

  const openImported = (next: Report) => {
    setChoices(NO_CHOICES);
    setImported(next);
  };

  return (
    <>
      <a class="skip-link" href="#main">{t('rpSkipLink')}</a>
      <header class="site-header">
        <p class="brand">Balise</p>
        <nav aria-label={t('rpNavLabel')}>
          <ul>
            {view && (
              <>
                <li><a href="#summary">{view.labels.summary}</a></li>
                {view.barriers.length > 0 && <li><a href="#barriers">{view.labels.barriers}</a></li>}
                <li><a href="#observations">{t('rpNavObservations')}</a></li>
                <li><a href="#metrics">{t('rpNavMetrics')}</a></li>
                <li><a href="#appendix">{view.labels.appendix}</a></li>
                <li><a href="#export">{t('rpNavExport')}</a></li>
                <li><a href="#filing">{t('rpFilingHeading')}</a></li>
              </>
            )}
            <li><a href="#import">{t('rpNavImport')}</a></li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {report && view && chosen ? (
          <>
            <ReportHead report={report} view={view} imported={origin === 'imported'} t={t} />
            <SummarySection view={view} t={t} />
            <BarriersSection view={view} t={t} />
            <ObservationsSection view={view} />
            <MetricsSection report={report} view={view} t={t} />
            <AppendixSection view={view} t={t} />
            <ExportPanel view={view} chosen={chosen} choices={choices} onChoices={setChoices} api={api} t={t} />
            <FilingPanel chosen={chosen} lang={lang} api={api} t={t} />
          </>
        ) : (
          <div class="panel">
            <h1>{t('rpPageTitle')}</h1>
            <p role="status" data-testid="load-status">{t(statusKey(loaded, request.kind))}</p>
          </div>
        )}
        <ImportPanel lang={lang} onImported={openImported} t={t} />
      </main>
    </>
  );
}

function statusKey(loaded: LoadResult | null, kind: ReturnType<ReportPageApi['request']>['kind']): string {
  if (!loaded) return 'rpLoading';
  switch (loaded.status) {
    case 'missing':
      return kind === 'record' ? 'rpNoRecord' : 'rpNoReportTab';
    case 'running':
      return 'rpRunningTab';
    case 'failed':
      return 'rpFailedTab';
    case 'invalid':
      return 'rpInvalidRecord';
    default:
      return 'rpNoSource';
  }
}
