import type { Lang, Report } from '../../engine/model';
import type { MetricView, ReportView } from '../../report';
import { procedureIndicators, toIndicatorLevel, type Indicator, type IndicatorLevel } from './procedure-indicators';
import type { Translate } from './translator';

/** What the procedure asks of a person, in a few numbers, each colour also said in a word. */
export function MetricsSection({ report, view, t }: { report: Report; view: ReportView; t: Translate }) {
  const indicators = procedureIndicators(report);
  const tables: Array<{ caption: string; metrics: MetricView[] }> = [
    ...(view.journey && view.journey.metrics.length ? [{ caption: view.labels.metrics, metrics: view.journey.metrics }] : []),
    ...view.pages.filter((p) => p.metrics.length).map((p) => ({ caption: `${p.label}${t('rpColon')}${p.title || p.url}`, metrics: p.metrics })),
  ];
  return (
    <section id="metrics" class="panel" aria-labelledby="metrics-heading">
      <h2 id="metrics-heading">{t('rpMetricsHeading')}</h2>
      {indicators.length === 0 ? (
        <p>{t('rpNoMetrics')}</p>
      ) : (
        <ul class="indicators">
          {indicators.map((indicator) => <IndicatorCard key={indicator.key} indicator={indicator} lang={view.lang} t={t} />)}
        </ul>
      )}
      <p class="muted">{t('rpIndicatorsNote')}</p>
      {view.journey && view.journey.steps.length > 0 && (
        <>
          <h3>{view.labels.steps}</h3>
          <ol class="steps">
            {view.journey.steps.map((step) => (
              <li key={step.index} value={step.index + 1}>
                {step.failed === undefined ? step.title || step.url : <><strong>{view.labels.notChecked}</strong>{t('rpColon')}{step.failed} <code class="url">{step.url}</code></>}
              </li>
            ))}
          </ol>
        </>
      )}
      {tables.length > 0 && (
        <details class="all-metrics">
          <summary>{t('rpAllMetrics')}</summary>
          {tables.map((table) => (
            <table key={table.caption}>
              <caption>{table.caption}</caption>
              <thead>
                <tr><th scope="col">{view.labels.metric}</th><th scope="col">{view.labels.value}</th></tr>
              </thead>
              <tbody>
                {table.metrics.map((m) => (
                  <tr key={m.key}>
                    <th scope="row">{m.label}</th>
                    <td>{m.value}{m.level && <> <LevelBadge level={toIndicatorLevel(m.level)} raw={m.level} t={t} /></>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </details>
      )}
    </section>
  );
}

function IndicatorCard({ indicator, lang, t }: { indicator: Indicator; lang: Lang; t: Translate }) {
  const isRequirement = indicator.certain !== undefined;
  const value = isRequirement
    ? t(indicator.certain ? 'rpRequirementCertain' : 'rpRequirementLikely')
    : formatCount(indicator, lang, t);
  return (
    <li class={`indicator${indicator.level ? ` indicator--${indicator.level}` : ''}`} data-indicator={indicator.key}>
      <span class="indicator__label">{t(`rpIndicator_${indicator.key}`)}</span>
      <span class="indicator__value">{value}</span>
      {indicator.level && <LevelBadge level={indicator.level} t={t} />}
    </li>
  );
}

function LevelBadge({ level, raw, t }: { level: IndicatorLevel | undefined; raw?: string; t: Translate }) {
  if (!level) return <span class="level">({raw})</span>;
  return (
    <span class={`level level--${level}`}>
      <span class="level__dot" aria-hidden="true" />
      {t(`rpLevel_${level}`)}
    </span>
  );
}

function formatCount(indicator: Indicator, lang: Lang, t: Translate): string {
  const n = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 0 }).format(indicator.value);
  return indicator.atLeast ? t('rpAtLeast', { n }) : n;
}
