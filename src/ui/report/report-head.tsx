import { Fragment } from 'preact';
import type { Report } from '../../engine/model';
import type { ReportView } from '../../report';
import type { Translate } from './translator';

/** Title, what was checked and when, where the report comes from; and the reminder: no grade. */
export function ReportHead({ report, view, imported, t }: { report: Report; view: ReportView; imported: boolean; t: Translate }) {
  const l = view.labels;
  return (
    <div class="report-head">
      <h1 id="report-title">{view.title}</h1>
      <dl class="meta">
        <dt>{l.date}</dt>
        <dd>{view.dateLabel}</dd>
        {view.journey && (
          <>
            <dt>{l.procedure}</dt>
            <dd>{view.journey.name}, {view.journey.countLabel}</dd>
          </>
        )}
        {/* A journey's steps are listed with its measures, failed ones included. */}
        {!view.journey && view.pages.map((page) => (
          <Fragment key={page.index}>
            <dt>{page.label}</dt>
            <dd>{page.title || page.url} <code class="url">{page.url}</code></dd>
          </Fragment>
        ))}
      </dl>
      {imported && <p class="note note--info">{t('rpImportedNote')}</p>}
      {report.lang !== view.lang && <p class="note">{t('rpReportLangDiffers')}</p>}
      <p class="muted">{l.noGrade}</p>
    </div>
  );
}
