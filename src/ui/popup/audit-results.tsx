import { useEffect, useRef, useState } from 'preact/hooks';
import { BARRIER_TEXT, IMPACT_ORDER, type Lang, type Report, type RuleResult } from '../../engine/model';
import { skippedFrameReason, summarizeAudit } from '../../report';
import { translate } from '../shared/i18n';
import { ReadabilityView } from './readability-view';

type Bucket = 'violations' | 'incomplete';
interface Props {
  report: Report;
  lang: Lang;
  /** Move the focus to the results heading: the audit has just finished in this popup. */
  focusHeading: boolean;
  onHighlight(bucket: Bucket, ruleId: string, nodeIndex: number): Promise<boolean>;
}

/** Counts first, then findings grouped by barrier, most blocking first, in plain words. */
export function AuditResults({ report, lang, focusHeading, onHighlight }: Props) {
  const t = (key: string, data?: Record<string, string | number>) => translate(lang, key, data);
  const [notice, setNotice] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading, report.createdAt]);
  const page = report.pages[0];
  if (!page) return null;
  const summary = summarizeAudit(page);
  const total = (bucket: Bucket) => page[bucket].reduce((n, rule) => n + rule.nodes.length, 0);
  const show = (bucket: Bucket, ruleId: string, index: number) =>
    void onHighlight(bucket, ruleId, index).then((ok) => setNotice(ok ? '' : t('highlightFailed')));

  return (
    <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading" tabIndex={-1} ref={heading}>{t('summaryHeading')}</h2>
      <p class="results__page">{t('auditedPage', { title: page.title || page.url })}</p>
      {report.lang !== lang && <p class="results__note">{t('reportLangDiffers')}</p>}
      <dl class="results__totals">
        <div><dt>{t('violationsLabel')}</dt><dd data-testid="total-violations">{total('violations')}</dd></div>
        <div><dt>{t('incompleteLabel')}</dt><dd data-testid="total-incomplete">{total('incomplete')}</dd></div>
      </dl>
      <table class="results__severity">
        <caption>{t('severityHeading')}</caption>
        <thead>
          <tr><th scope="col"><span class="visually-hidden">{t('severityHeading')}</span></th><th scope="col">{t('violationsLabel')}</th><th scope="col">{t('incompleteLabel')}</th></tr>
        </thead>
        <tbody>
          {IMPACT_ORDER.map((impact) => (
            <tr key={impact}>
              <th scope="row">{t(`severity_${impact}`)}</th>
              <td>{summary.bySeverity[impact].violations}</td>
              <td>{summary.bySeverity[impact].incomplete}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status" class="results__notice">{notice}</p>
      {summary.byBarrier.length === 0 && <p>{t('noFindings')}</p>}
      <h2>{t('barriersHeading')}</h2>
      {summary.byBarrier.map((group) => (
        <section key={group.barrier} class="barrier" aria-labelledby={`barrier-${group.barrier}`} data-barrier={group.barrier}>
          <h3 id={`barrier-${group.barrier}`}>{BARRIER_TEXT[lang][group.barrier].name}</h3>
          <p class="barrier__who">{BARRIER_TEXT[lang][group.barrier].whoIsBlocked}</p>
          <FindingList scope={group.barrier} bucket="violations" rules={group.violations} label={t('violationsLabel')} t={t} onShow={show} />
          <FindingList scope={group.barrier} bucket="incomplete" rules={group.incomplete} label={t('incompleteLabel')} t={t} onShow={show} />
        </section>
      ))}
      <ReadabilityView page={page} lang={lang} />
      {page.skippedFrames.length > 0 && (
        <section aria-labelledby="skipped-heading">
          <h2 id="skipped-heading">{t('skippedFramesHeading')}</h2>
          <ul>
            {page.skippedFrames.map((frame, i) => (
              <li key={i}>
                <span class="skipped__url">{frame.url}</span> : {skippedFrameReason(frame.reason, lang)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {page.errors.length > 0 && (
        <section aria-labelledby="errors-heading">
          <h2 id="errors-heading">{t('rulesErrorsHeading')}</h2>
          <ul>{page.errors.map((e, i) => <li key={i}>{e.ruleId} : {e.message}</li>)}</ul>
        </section>
      )}
    </section>
  );
}

interface ListProps {
  /** The barrier group this list is in: a rule can stand under several, and ids must stay unique. */
  scope: string;
  bucket: Bucket;
  rules: RuleResult[];
  label: string;
  t(key: string, data?: Record<string, string | number>): string;
  onShow(bucket: Bucket, ruleId: string, index: number): void;
}

function FindingList({ scope, bucket, rules, label, t, onShow }: ListProps) {
  if (rules.length === 0) return null;
  return (
    <>
      <h4>{label}</h4>
      <ul class={`findings findings--${bucket}`}>
        {rules.map((rule) => (
          <li key={rule.id} class="finding" data-rule={rule.id}>
            <p class="finding__help">
              <span class={`impact impact--${rule.impact ?? 'minor'}`}>{t(`severity_${rule.impact ?? 'minor'}`)}</span> {rule.help}{' '}
              <span class="finding__count">({t('elementsCount', { count: rule.nodes.length })})</span>
            </p>
            <ul class="finding__nodes">
              {rule.nodes.slice(0, 20).map((node, index) => {
                // What is wrong with this element: certain findings too, not only those to check.
                const reasonId = `reason-${scope}-${bucket}-${rule.id}-${index}`;
                const reason = node.failureSummary?.split('\n').slice(0, 3).join(' ');
                return (
                  <li key={index}>
                    {reason && <p class="finding__reason" id={reasonId}>{reason}</p>}
                    {isWholePage(node.target) ? (
                      <p class="finding__where">{t('wholePage')}</p>
                    ) : (
                      <>
                        {/* The selector is shown for experts, outside the button: a screen reader hears the action and the reason, not a CSS path. */}
                        <button type="button" class="link-button" aria-describedby={reason ? reasonId : undefined} onClick={() => onShow(bucket, rule.id, index)}>
                          <span class="link-button__label">{t('showOnPage')}</span>
                        </button>
                        <code class="finding__target">{node.target.flat().join(' › ')}</code>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}

/** A finding about the page as a whole points at its root: outlining the whole page shows nothing. */
function isWholePage(target: RuleResult['nodes'][number]['target']): boolean {
  return target.length === 1 && target[0] === 'html';
}
