import type { Lang } from '../../engine/model';
import type { FindingView, ReportLabels } from '../model';

/** "WCAG 2.2 1.1.1, 4.1.2 ; RGAA 4.1 1.1.1" — the standard references of one finding, as one line. */
export function standardRefsText(finding: FindingView, labels: ReportLabels, lang: Lang): string {
  const parts: string[] = [];
  if (finding.refs.wcag.length) parts.push(`${labels.wcag} ${finding.refs.wcag.join(', ')}`);
  if (finding.refs.rgaa.length) parts.push(`${labels.rgaa} ${finding.refs.rgaa.join(', ')}`);
  if (finding.refs.en301549.length) parts.push(`${labels.en301549} ${finding.refs.en301549.join(', ')}`);
  return parts.join(lang === 'fr' ? ' ; ' : '; ');
}

/** French puts a space before a colon. */
export function colon(lang: Lang): string {
  return lang === 'fr' ? ' : ' : ': ';
}
