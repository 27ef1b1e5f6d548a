import { useState } from 'preact/hooks';
import type { Lang, Report } from '../../engine/model';
import { parseImportedReport } from '../../report';
import type { Translate } from './translator';

interface Props {
  lang: Lang;
  onImported(report: Report): void;
  t: Translate;
}

type State = { kind: 'idle' } | { kind: 'refused'; reason: string; details: string[] } | { kind: 'opened' };

/**
 * Opens a report exported as JSON. The file is read here and held in the page's memory only:
 * a refused file changes nothing, and an accepted one replaces nothing in storage.
 */
export function ImportPanel({ lang, onImported, t }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const open = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ kind: 'refused', reason: t('rpImportUnreadable'), details: [] });
      return;
    }
    const result = parseImportedReport(text);
    if (!result.ok) {
      setState({ kind: 'refused', reason: result.reason[lang], details: result.details ?? [] });
      return;
    }
    setState({ kind: 'opened' });
    onImported(result.report);
  };

  return (
    <section id="import" class="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('rpImportHeading')}</h2>
      <p>{t('rpImportIntro')}</p>
      <label for="import-file" class="file-label">{t('rpImportLabel')}</label>
      <input id="import-file" type="file" accept=".json,application/json" onChange={(e) => void open(e.currentTarget)} />
      {state.kind === 'refused' && (
        <div role="alert" class="alert" data-testid="import-refused">
          <p><strong>{t('rpImportRefused')}</strong> {state.reason}</p>
          {state.details.length > 0 && (
            <details>
              <summary>{t('rpImportDetails')}</summary>
              <ul>{state.details.map((d) => <li key={d}><code>{d}</code></li>)}</ul>
            </details>
          )}
        </div>
      )}
      <p role="status" class="notice">{state.kind === 'opened' ? t('rpImportDone') : ''}</p>
    </section>
  );
}
