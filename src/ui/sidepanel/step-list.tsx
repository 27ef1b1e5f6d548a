import type { ProcedureRecord } from './sidepanel-api';
import { formatDuration } from './format';

type T = (key: string, data?: Record<string, string | number>) => string;

/**
 * What was recorded so far, in order: audited screens, screens of other sites, screens that failed.
 * Audited and failed screens are numbered as the report numbers its steps (record-steps.ts); a
 * screen of another site is no step of the procedure and has no number.
 */
export function StepList({ record, t }: { record: ProcedureRecord; t: T }) {
  if (record.entries.length === 0) return <p>{t('recNoStepYet')}</p>;
  let number = 0;
  return (
    <ol class="steps">
      {record.entries.map((entry, i) => {
        if (entry.kind !== 'left-site') number += 1;
        if (entry.kind === 'left-site') {
          return (
            <li key={i} class="steps__item steps__item--away">
              {entry.origin ? t('recLeftSite', { origin: entry.origin }) : t('recLeftSiteUnknown')}
            </li>
          );
        }
        if (entry.kind === 'failed') {
          return (
            <li key={i} value={number} class="steps__item steps__item--failed">
              <span class="steps__title">{t('recStepFailed', { url: entry.url })}</span>
              <span class="steps__meta">{failureText(entry.error, t)}</span>
            </li>
          );
        }
        const { step } = entry;
        return (
          <li key={i} value={number} class="steps__item">
            <span class="steps__title">{step.title || step.url}</span>
            <span class="steps__meta">
              {t('recStepCounts', { violations: step.audit.violations.length, review: step.audit.incomplete.length })}
              {' · '}
              {step.timeSpentMs === undefined ? t('recStepCurrent') : t('recStepTime', { time: formatDuration(step.timeSpentMs) })}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** The browser's own words for an error page are for developers: say what happened instead. */
/** The recorder keeps our own error codes (audit-tab.ts AuditErrorCode); say them in words. */
const FAILURE_MESSAGES: Record<string, Parameters<T>[0]> = {
  restricted: 'recErrRestricted',
  'tab-closed': 'recErrTabClosed',
  'injection-failed': 'errorInjectionFailed',
  'audit-failed': 'errorAuditFailed',
};

function failureText(error: string, t: T): string {
  if (/error page/i.test(error)) return t('recFailedErrorPage');
  const known = FAILURE_MESSAGES[error];
  return known ? t(known) : t('recFailedOther', { detail: error });
}
