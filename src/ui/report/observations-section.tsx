import type { ReportView } from '../../report';

/** What a person noted, kept apart from what the tool found. */
export function ObservationsSection({ view }: { view: ReportView }) {
  const l = view.labels;
  return (
    <section id="observations" class="panel" aria-labelledby="observations-heading">
      <h2 id="observations-heading">{l.observations}</h2>
      <p>{l.observationsIntro}</p>
      {view.observations.length === 0 ? (
        <p>{l.noObservations}</p>
      ) : (
        <ul class="observations">
          {view.observations.map((o) => (
            <li key={o.id} data-observation={o.id}>
              <strong>{o.barrierName}</strong> <span class="muted">({o.placeLabel})</span>
              <p>{o.text}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
