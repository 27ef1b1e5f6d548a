import type { ReportView } from '../../report';
import { OutcomeTag } from './outcome-tag';
import type { Translate } from './translator';

/** Plain words first: what blocks whom, most blocking first; then what only a person can check. */
export function SummarySection({ view, t }: { view: ReportView; t: Translate }) {
  const l = view.labels;
  return (
    <section id="summary" class="panel panel--summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{l.summary}</h2>
      {view.journey?.failedNote && <p class="note">{view.journey.failedNote}</p>}
      {view.empty ? (
        <div class="empty">
          <p><strong>{l.noBarrierTitle}.</strong></p>
          <p>{l.noBarrierText}</p>
        </div>
      ) : (
        <>
          <p>{l.summaryIntro}</p>
          <ol class="summary-list">
            {view.summary.map((line) => (
              <li key={line.barrier} data-barrier={line.barrier}>
                <OutcomeTag view={view} outcome={line.outcome} />{' '}
                <span class="summary-list__sentence">{line.sentence}</span>{' '}
                <a class="summary-list__more" href={`#barrier-${line.barrier}`}>{t('rpSeeBarrier', { name: line.name })}</a>
              </li>
            ))}
          </ol>
        </>
      )}
      <h3>{l.humanChecksTitle}</h3>
      <p>{l.humanChecksIntro}</p>
      <ul class="human-checks">
        {view.humanChecks.map((check) => <li key={check}>{check}</li>)}
      </ul>
    </section>
  );
}
