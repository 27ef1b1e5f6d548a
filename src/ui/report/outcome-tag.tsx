import type { FindingOutcome, ReportView } from '../../report';

/** "Constaté" or "À vérifier" in words, the colour only repeating it. */
export function OutcomeTag({ view, outcome }: { view: ReportView; outcome: FindingOutcome }) {
  return <span class={`tag tag--${outcome}`}>{view.labels.outcomes[outcome]}</span>;
}
