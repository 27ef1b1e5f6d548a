import { formatMessage } from '../../engine/model';
import type { FindingView, ReportView } from '../../report';
import { OutcomeTag } from './outcome-tag';
import type { Translate } from './translator';

/** Elements shown per finding on the page; the appendix and the exports list them all. */
const MAX_NODES = 10;

/** Each barrier: who it blocks, the texts it breaks, and the findings that show it with their evidence. */
export function BarriersSection({ view, t }: { view: ReportView; t: Translate }) {
  const l = view.labels;
  if (view.barriers.length === 0) return null;
  return (
    <section id="barriers" class="panel" aria-labelledby="barriers-heading">
      <h2 id="barriers-heading">{l.barriers}</h2>
      {view.barriers.map((section) => (
        <section key={section.barrier} class="barrier" aria-labelledby={`barrier-${section.barrier}`} data-barrier={section.barrier}>
          <h3 id={`barrier-${section.barrier}`} tabIndex={-1}>{section.name}</h3>
          <p class="barrier__who"><strong>{l.whoIsBlocked}{t('rpColon')}</strong>{section.whoIsBlocked}</p>
          {section.legal.length > 0 && (
            <div class="barrier__legal">
              <p><strong>{l.legal}{t('rpColon')}</strong></p>
              <ul>{section.legal.map((ref) => <li key={ref.id}>{ref.label[view.lang]}</li>)}</ul>
            </div>
          )}
          {section.findings.map((finding) => <FindingCard key={finding.id} finding={finding} view={view} t={t} />)}
        </section>
      ))}
    </section>
  );
}

function FindingCard({ finding, view, t }: { finding: FindingView; view: ReportView; t: Translate }) {
  const l = view.labels;
  const shown = finding.nodes.slice(0, MAX_NODES);
  return (
    <article class={`finding finding--${finding.outcome}`} data-finding={finding.id} data-rule={finding.ruleId}>
      <h4><OutcomeTag view={view} outcome={finding.outcome} /> {finding.help}</h4>
      <dl class="facts">
        <dt>{l.page}</dt>
        <dd>{finding.placeLabel}{finding.pageTitle ? `${t('rpColon')}${finding.pageTitle}` : ''}</dd>
        {finding.impact && (
          <>
            <dt>{l.impact}</dt>
            <dd>{l.impacts[finding.impact]}</dd>
          </>
        )}
        <dt>{l.elements}</dt>
        <dd>{t('elementsCount', { count: finding.nodes.length })}</dd>
      </dl>
      {shown.length > 0 && (
        <ul class="evidence">
          {shown.map((node, index) => (
            <li key={index}>
              {node.message && <p class="evidence__message">{node.message}</p>}
              {node.evidence.length > 0 && (
                <p class="evidence__facts">
                  <span class="visually-hidden">{l.evidence}{t('rpColon')}</span>
                  {node.evidence.map(([key, value]) => (
                    <span key={key} class="evidence__fact">{key}{t('rpColon')}{value}</span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {finding.nodes.length > MAX_NODES && <p class="muted">{formatMessage(l.more, { n: finding.nodes.length - MAX_NODES }, view.lang)}</p>}
    </article>
  );
}
