import { useMemo, useState } from 'preact/hooks';
import type { Report } from '../../engine/model';
import { EXPORT_FORMATS, exportReport, type ExportFormat, type ReportView } from '../../report';
import { OutcomeTag } from './outcome-tag';
import type { ReportPageApi } from './report-page-api';
import type { Translate } from './translator';

export interface Choices {
  removeFindings: readonly string[];
  removeObservations: readonly string[];
  originOnly: boolean;
}

export const NO_CHOICES: Choices = { removeFindings: [], removeObservations: [], originOnly: false };

interface Props {
  /** The full report's view: every part the person may keep or remove. */
  view: ReportView;
  /** The report after the choices: what every export and the filing draft are made of. */
  chosen: Report;
  choices: Choices;
  onChoices(choices: Choices): void;
  api: ReportPageApi;
  t: Translate;
}

/**
 * Nothing leaves the browser before the person has seen it: each part can be left out, and the
 * preview shows the exact content of the file, as it will be saved.
 */
export function ExportPanel({ view, chosen, choices, onChoices, api, t }: Props) {
  const [format, setFormat] = useState<ExportFormat>('md');
  const [notice, setNotice] = useState('');
  const preview = useMemo(() => exportReport(chosen, format), [chosen, format]);
  const toggle = (list: readonly string[], id: string, keep: boolean) => (keep ? list.filter((x) => x !== id) : [...list, id]);
  const kept = view.findings.length - choices.removeFindings.length;
  const save = (f: ExportFormat) => {
    const file = exportReport(chosen, f);
    api.download(file);
    setNotice(t('rpDownloaded', { file: file.fileName }));
  };

  return (
    <section id="export" class="panel" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('rpExportHeading')}</h2>
      <p>{t('rpExportIntro')}</p>
      <div class="choices">
        {view.findings.length > 0 && (
          <fieldset>
            <legend>{t('rpChoicesFindings', { kept, total: view.findings.length })}</legend>
            <ul class="checklist">
              {view.findings.map((f) => (
                <li key={f.id}>
                  <label>
                    <input
                      type="checkbox"
                      name="finding"
                      value={f.id}
                      checked={!choices.removeFindings.includes(f.id)}
                      onChange={(e) => onChoices({ ...choices, removeFindings: toggle(choices.removeFindings, f.id, e.currentTarget.checked) })}
                    />{' '}
                    <OutcomeTag view={view} outcome={f.outcome} /> {f.help} <span class="muted">({f.placeLabel}, <code>{f.ruleId}</code>)</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        {view.observations.length > 0 && (
          <fieldset>
            <legend>{t('rpChoicesObservations')}</legend>
            <ul class="checklist">
              {view.observations.map((o) => (
                <li key={o.id}>
                  <label>
                    <input
                      type="checkbox"
                      name="observation"
                      value={o.id}
                      checked={!choices.removeObservations.includes(o.id)}
                      onChange={(e) => onChoices({ ...choices, removeObservations: toggle(choices.removeObservations, o.id, e.currentTarget.checked) })}
                    />{' '}
                    <strong>{o.barrierName}</strong>{t('rpColon')}{o.text}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        <fieldset>
          <legend>{t('rpChoicesAddress')}</legend>
          <p class="muted">{t('rpQueryRemoved')}</p>
          <label>
            <input type="checkbox" name="origin-only" checked={choices.originOnly} onChange={(e) => onChoices({ ...choices, originOnly: e.currentTarget.checked })} />{' '}
            {t('rpOriginOnly')}
          </label>
        </fieldset>
      </div>

      <h3 id="preview-heading">{t('rpPreviewHeading')}</h3>
      <fieldset class="formats">
        <legend>{t('rpFormatLegend')}</legend>
        {EXPORT_FORMATS.map((f) => (
          <label key={f} class="formats__option">
            <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} /> {t(`rpFormat_${f}`)}
          </label>
        ))}
      </fieldset>
      <p>{t('rpPreviewFile', { file: preview.fileName })}</p>
      {format === 'html' ? (
        <iframe class="preview preview--html" title={t('rpPreviewFrameTitle')} sandbox="" srcdoc={preview.content} />
      ) : (
        <pre class="preview" tabIndex={0} role="region" aria-labelledby="preview-heading" data-format={format}>{preview.content}</pre>
      )}

      <h3>{t('rpDownloadHeading')}</h3>
      <div class="buttons">
        {EXPORT_FORMATS.map((f) => (
          <button key={f} type="button" class="button" data-format={f} onClick={() => save(f)}>
            {t('rpDownload', { format: t(`rpFormatShort_${f}`) })}
          </button>
        ))}
      </div>
      <p role="status" class="notice">{notice}</p>
    </section>
  );
}
