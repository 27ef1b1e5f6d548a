import { Fragment } from 'preact';
import { formatMessage } from '../../engine/model';
import type { FindingView, ReportView } from '../../report';
import type { Translate } from './translator';

/** Nodes listed per finding; beyond that the exports carry them all. */
const MAX_NODES = 50;

/** For the team that fixes the site: rule, standard references, selectors and value-free HTML. */
export function AppendixSection({ view, t }: { view: ReportView; t: Translate }) {
  const l = view.labels;
  return (
    <section id="appendix" class="panel" aria-labelledby="appendix-heading">
      <h2 id="appendix-heading">{l.appendix}</h2>
      <p>{l.appendixIntro}</p>
      {view.findings.length === 0 && <p>{t('rpAppendixEmpty')}</p>}
      {view.findings.map((finding) => <TechnicalFinding key={finding.id} finding={finding} view={view} t={t} />)}
      {view.pages.map((page) => (
        <div key={page.index}>
          {page.skippedFrames.length > 0 && (
            <p><strong>{l.skippedFrames}</strong> ({page.label}){t('rpColon')}{page.skippedFrames.map((f) => `${f.url} (${f.reason})`).join(', ')}</p>
          )}
          {page.errors.length > 0 && (
            <p><strong>{l.errors}</strong> ({page.label}){t('rpColon')}{page.errors.map((e) => `${e.ruleId}${t('rpColon')}${e.message}`).join(', ')}</p>
          )}
        </div>
      ))}
    </section>
  );
}

function TechnicalFinding({ finding: f, view, t }: { finding: FindingView; view: ReportView; t: Translate }) {
  const l = view.labels;
  const refs: Array<[string, readonly string[]]> = [
    [l.wcag, f.refs.wcag],
    [l.rgaa, f.refs.rgaa],
    [l.en301549, f.refs.en301549],
    [l.legal, f.refs.legal.map((ref) => ref.label[view.lang])],
  ];
  return (
    <article class="tech" data-finding={f.id}>
      <h3 class="tech__title">
        <code>{f.ruleId}</code> <span class="muted">({f.source}, {l.outcomes[f.outcome]}, {f.placeLabel})</span>
      </h3>
      <dl class="facts">
        {f.helpUrl && (
          <>
            <dt>{l.rule}</dt>
            <dd><a href={f.helpUrl} target="_blank" rel="noreferrer">{t('rpRuleDoc', { rule: f.ruleId })}</a></dd>
          </>
        )}
        {f.pageUrl && (
          <>
            <dt>{t('rpAddress')}</dt>
            <dd><code>{f.pageUrl}</code></dd>
          </>
        )}
        {refs.filter(([, values]) => values.length).map(([label, values]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{values.length === 1 ? values[0] : <ul class="inline-list">{values.map((v) => <li key={v}>{v}</li>)}</ul>}</dd>
          </Fragment>
        ))}
      </dl>
      {f.nodes.length > 0 && (
        <div class="table-scroll" role="region" aria-label={`${l.elements} (${f.ruleId})`} tabIndex={0}>
          <table class="nodes">
            <caption>{l.elements} ({f.nodes.length})</caption>
            <thead>
              <tr><th scope="col">{l.selector}</th><th scope="col">{l.html}</th></tr>
            </thead>
            <tbody>
              {f.nodes.slice(0, MAX_NODES).map((node, index) => (
                <tr key={index}>
                  <td><code>{node.target}</code></td>
                  <td><code>{node.html}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {f.nodes.length > MAX_NODES && <p class="muted">{formatMessage(l.more, { n: f.nodes.length - MAX_NODES }, view.lang)}</p>}
    </article>
  );
}
