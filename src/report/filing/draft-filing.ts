import { formatMessage, type Lang, type Report } from '../../engine/model';
import { buildReportView, formatDate, type Jurisdiction, type LegalReference, type ReportView, type SummaryLine } from '../model';
import { wcagCriteriaLabels } from '../model/legal-references';
import { barrierEvidence } from './barrier-evidence';
import { findServiceContact } from './service-contact';
import { FILING_TEMPLATES, type FilingTemplate, type Recipient } from './templates';

export interface FilingInput {
  report: Report;
  recipient: Recipient;
  lang: Lang;
  /** An address the person typed in (an association's, a corrected contact); wins over what was found. */
  to?: string;
}

export interface FilingDraft {
  to: string;
  subject: string;
  /** The full text, to copy. */
  body: string;
  /** The same message for the mail program, shortened when needed to stay under MAX_MAILTO_LENGTH. */
  mailtoUrl: string;
  /** What the person should know before sending (where the address came from, how to send). */
  notes: string[];
}

/** Mail programs and browsers cut long mailto: links (some near 2,000 characters). */
export const MAX_MAILTO_LENGTH = 1800;

const JURISDICTIONS: Readonly<Record<Recipient, readonly Jurisdiction[] | 'from-url'>> = {
  service: 'from-url',
  'defenseur-des-droits': ['fr', 'eu', 'intl'],
  unia: ['be', 'eu', 'intl'],
  'ombudsman-be': ['be', 'eu', 'intl'],
  association: 'from-url',
};

const MAX_WCAG_REFS = 6;

type Mode = 'full' | 'compact' | 'minimal';

export function draftFiling(input: FilingInput): FilingDraft {
  const { report, recipient, lang } = input;
  const t = FILING_TEMPLATES[lang];
  const view = buildReportView(report, lang);
  const notes: string[] = [];
  let to = input.to?.trim() ?? '';
  if (recipient === 'service') {
    const contact = findServiceContact(report);
    if (!to && contact.email) {
      to = contact.email;
      notes.push(t.notes.serviceAddressFound);
    } else if (!to && contact.form) notes.push(formatMessage(t.notes.serviceContactFormFound, { url: contact.form }));
    else if (!to && contact.statement) notes.push(formatMessage(t.notes.serviceStatementFound, { link: contact.statement }));
    else if (!to) notes.push(t.notes.serviceAddressMissing);
  } else notes.push(t.notes[recipient]);

  const url = report.pages[0]?.url ?? report.journey?.steps[0]?.url ?? '';
  const auditedAt = report.pages[0]?.auditedAt ?? report.journey?.startedAt ?? report.createdAt;
  const context = { procedure: view.procedure || url, url, date: formatDate(auditedAt, lang) };
  const subject = formatMessage(t.subject, context);
  const jurisdictions = JURISDICTIONS[recipient] === 'from-url' ? jurisdictionsOf(url) : (JURISDICTIONS[recipient] as readonly Jurisdiction[]);
  const compose = (shown: number, mode: Mode) => composeBody(view, t, recipient, context, jurisdictions, shown, mode);

  const body = compose(view.summary.length, 'full');
  // The mail program gets the longest version that fits: first the full text; then a compact one
  // (short sentences, no evidence, advice or references: the attached report has them) with barriers
  // dropped from the least blocking; then without the observations; at last a hard cut.
  let mailBody = body;
  let link = mailto(to, subject, mailBody);
  for (let shown = view.summary.length; link.length > MAX_MAILTO_LENGTH && shown >= 0; shown--) {
    mailBody = compose(shown, 'compact');
    link = mailto(to, subject, mailBody);
  }
  if (link.length > MAX_MAILTO_LENGTH) {
    mailBody = compose(0, 'minimal');
    link = mailto(to, subject, mailBody);
  }
  while (link.length > MAX_MAILTO_LENGTH && mailBody.length > 0) {
    // Cut by code point: a lone surrogate would make encodeURIComponent throw.
    const chars = [...mailBody];
    mailBody = chars.slice(0, Math.floor(chars.length * 0.9)).join('');
    link = mailto(to, subject, mailBody);
  }
  if (mailBody !== body) notes.push(t.notes.truncated);
  return { to, subject, body, mailtoUrl: link, notes };
}

function composeBody(
  view: ReportView,
  t: FilingTemplate,
  recipient: Recipient,
  context: Readonly<{ procedure: string; url: string; date: string }>,
  jurisdictions: readonly Jurisdiction[],
  shown: number,
  mode: Mode,
): string {
  const lines: string[] = [t.recipients[recipient].greeting, '', formatMessage(t.recipients[recipient].intro, context), ''];
  const listed: SummaryLine[] = view.summary.slice(0, shown);
  if (view.summary.length === 0) lines.push(t.noBarrier, '');
  else {
    lines.push(t.barriersIntro);
    for (const line of listed) {
      const section = view.barriers.find((b) => b.barrier === line.barrier);
      const who = mode === 'full' ? (section?.whoIsBlocked ?? line.sentence) : line.sentence;
      lines.push(formatMessage(t.barrierLine, { name: line.name, outcome: t.outcomes[line.outcome], whoIsBlocked: who }));
      if (mode === 'full' && section) lines.push(...barrierEvidence(section, t, view.lang, context));
    }
    const rest = view.summary.length - listed.length;
    if (rest > 0) lines.push(formatMessage(t.moreBarriers, { n: rest }, view.lang));
    lines.push('');
  }
  if (mode !== 'minimal' && view.observations.length) {
    lines.push(t.observationsIntro);
    for (const o of view.observations) lines.push(formatMessage(t.observationLine, { barrier: o.barrierName, text: o.text.replace(/\s+/g, ' ').trim() }));
    lines.push('');
  }
  const refs = mode === 'full' ? references(view, listed, jurisdictions) : [];
  if (refs.length) {
    lines.push(t.referencesIntro);
    for (const label of refs) lines.push(formatMessage(t.referenceLine, { label }));
    lines.push('');
  }
  lines.push(t.askFix, t.askAlternative, '', t.attachment, '', t.signoff, '');
  return lines.join('\n');
}

function references(view: ReportView, listed: readonly SummaryLine[], jurisdictions: readonly Jurisdiction[]): string[] {
  const legal: LegalReference[] = [];
  const criteria: string[] = [];
  for (const line of listed) {
    const section = view.barriers.find((b) => b.barrier === line.barrier);
    for (const ref of section?.legal ?? []) if (jurisdictions.includes(ref.jurisdiction) && !legal.some((r) => r.id === ref.id)) legal.push(ref);
    for (const finding of section?.findings ?? []) for (const sc of [...finding.refs.wcag, ...finding.refs.wcagAaa]) if (!criteria.includes(sc)) criteria.push(sc);
  }
  const notCited = (sc: string) => !legal.some((r) => r.id === `wcag-${sc}`);
  return [...legal.map((ref) => ref.label[view.lang]), ...wcagCriteriaLabels(criteria.filter(notCited), view.lang, MAX_WCAG_REFS)];
}

/** A French address reads French and EU texts; a Belgian one Belgian and EU texts; otherwise all. */
function jurisdictionsOf(url: string): Jurisdiction[] {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return ['fr', 'be', 'eu', 'intl'];
  }
  if (/\.fr$/.test(host)) return ['fr', 'eu', 'intl'];
  if (/\.be$/.test(host)) return ['be', 'eu', 'intl'];
  return ['fr', 'be', 'eu', 'intl'];
}

function mailto(to: string, subject: string, body: string): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${enc(subject)}&body=${enc(body)}`;
}
