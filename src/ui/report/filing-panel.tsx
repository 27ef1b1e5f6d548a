import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang, Report } from '../../engine/model';
import { draftFiling, MAX_MAILTO_LENGTH, RECIPIENTS, type Recipient } from '../../report';
import { editedMailto } from './edited-mailto';
import type { ReportPageApi } from './report-page-api';
import type { Translate } from './translator';

interface Props {
  /** The report after the preview's choices: the message says no more than the export. */
  chosen: Report;
  lang: Lang;
  api: ReportPageApi;
  t: Translate;
}

/**
 * "Signaler": a draft for the recipient the person picks, which they can change, then send from
 * their own mail program or paste. Nothing is sent from here.
 */
export function FilingPanel({ chosen, lang, api, t }: Props) {
  const [recipient, setRecipient] = useState<Recipient>('service');
  const draft = useMemo(() => draftFiling({ report: chosen, recipient, lang }), [chosen, recipient, lang]);
  const [to, setTo] = useState(draft.to);
  const [subject, setSubject] = useState(draft.subject);
  const [body, setBody] = useState(draft.body);
  const [notice, setNotice] = useState('');
  // A new draft (another recipient, other choices, other language) replaces what was typed.
  useEffect(() => {
    setTo(draft.to);
    setSubject(draft.subject);
    setBody(draft.body);
    setNotice('');
  }, [draft]);

  const mail = useMemo(() => {
    if (subject === draft.subject && body === draft.body) {
      // draftFiling's own link, shortened sensibly, with the address as typed.
      const url = `mailto:${encodeURIComponent(to.trim()).replace(/%40/g, '@').replace(/%2C/gi, ',')}${draft.mailtoUrl.slice(draft.mailtoUrl.indexOf('?'))}`;
      if (url.length <= MAX_MAILTO_LENGTH) return { url, cut: false };
    }
    return editedMailto(to, subject, body);
  }, [draft, to, subject, body]);

  const copy = async () => {
    const ok = await api.copyText(`${t('rpSubjectLine', { subject })}\n\n${body}`);
    setNotice(t(ok ? 'rpCopied' : 'rpCopyFailed'));
  };

  return (
    <section id="filing" class="panel" aria-labelledby="filing-heading">
      <h2 id="filing-heading">{t('rpFilingHeading')}</h2>
      <p>{t('rpFilingIntro')}</p>
      <fieldset class="recipients">
        <legend>{t('rpRecipientLegend')}</legend>
        {RECIPIENTS.map((r) => (
          <label key={r} class="recipients__option">
            <input type="radio" name="recipient" value={r} checked={recipient === r} onChange={() => setRecipient(r)} /> {t(`rpRecipient_${r.replace(/-/g, '_')}`)}
          </label>
        ))}
      </fieldset>
      {draft.notes.length > 0 && (
        <div class="notes">
          <h3>{t('rpNotesHeading')}</h3>
          <ul>{draft.notes.map((note) => <li key={note}>{note}</li>)}</ul>
        </div>
      )}
      <div class="draft">
        <label for="filing-to">{t('rpTo')}</label>
        <input id="filing-to" type="text" inputMode="email" autoComplete="email" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        <label for="filing-subject">{t('rpSubject')}</label>
        <input id="filing-subject" type="text" value={subject} onInput={(e) => setSubject(e.currentTarget.value)} />
        <label for="filing-body">{t('rpBody')}</label>
        <textarea id="filing-body" rows={16} value={body} onInput={(e) => setBody(e.currentTarget.value)} />
      </div>
      <p class="reminder"><strong>{t('rpAttachReminderTitle')}</strong> {t('rpAttachReminder')}</p>
      {mail.cut && <p class="warning">{t('rpMailTooLong')}</p>}
      <div class="buttons">
        <a class="button" href={mail.url} data-testid="mailto">{t('rpOpenMail')}</a>
        <button type="button" class="button button--secondary" onClick={() => void copy()}>{t('rpCopy')}</button>
      </div>
      <p role="status" class="notice">{notice}</p>
    </section>
  );
}
