import { finalizeRecord } from '../../src/extension/recording/finalize-record';
import { append } from '../../src/extension/recording/record-entries';
import { storedStepAudit } from '../../src/report/record/stored-step-audit';
import { auditOpenPage } from '../../src/cli/audit-page';
import { recordReport } from '../../src/report/record/record-report';
import { ProcedureRecordSchema, recordKey, type ProcedureRecord } from '../../src/report/record/record-schema';
import { textsOf } from '../../src/report/record/rule-texts';
import { FIXTURE_PAGES } from './fixture-pages';
import { open, type Bench } from './harness';
import { median, ms, percent, timed } from './stats';
import { printTable } from './table';

export const STEPS = 30;
const MB = 1024 * 1024;

/** What chrome.storage.local keeps for a record: its key and its value as JSON, in UTF-8 bytes. */
const storedBytes = (record: ProcedureRecord) => Buffer.byteLength(recordKey(record.id) + JSON.stringify(record), 'utf8');

/**
 * Section c: a 30-screen procedure recorded as the extension records it. Each screen (the shared
 * fixture pages in turn) gets one full audit, slimmed (slim-audit.ts) and appended
 * (record-entries.ts); stopping it runs finalizeRecord, which stores the journey analysis beside
 * the steps, and the report page builds the report from the record (recordReport). Sizes are of
 * the record as stored, before and after stopping.
 */
export async function benchRecording(bench: Bench): Promise<void> {
  const started = new Date('2026-01-05T09:00:00Z').getTime();
  let record: ProcedureRecord = {
    id: 'bench',
    name: 'Démarche de 30 écrans',
    tabId: 1,
    origin: bench.origin,
    status: 'recording',
    lang: 'fr',
    startedAt: new Date(started).toISOString(),
    axeVersion: '',
    entries: [],
    observations: [],
    lastScreen: null,
    ruleTexts: {},
  };
  const auditMs: number[] = [];
  const overheads: number[] = [];
  for (let index = 0; index < STEPS; index++) {
    const { path } = FIXTURE_PAGES[index % FIXTURE_PAGES.length]!;
    await open(bench, path);
    const { audit, axeVersion } = await auditOpenPage(bench.page, bench.bundle, { lang: record.lang });
    auditMs.push(audit.durationMs);
    overheads.push(audit.timings.heuristicsMs / audit.timings.axeMs);
    const enteredAt = new Date(started + index * 60_000).toISOString();
    const headings = await bench.page.evaluate(() => Array.from(document.querySelectorAll('h1, h2'), (h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200)).filter(Boolean).slice(0, 30));
    const step = { index, url: audit.url, title: audit.title, headings, enteredAt, audit: storedStepAudit(audit) };
    record = { ...append(record, { kind: 'step', step }, enteredAt), axeVersion, ruleTexts: { ...textsOf(audit), ...record.ruleTexts } };
  }
  ProcedureRecordSchema.parse(record);
  const recordingBytes = storedBytes(record);
  const stop = timed(() => finalizeRecord(record, new Date(started + STEPS * 60_000)));
  const stopped = ProcedureRecordSchema.parse(stop.value);
  const stoppedBytes = storedBytes(stopped);
  const report = timed(() => recordReport(stopped));
  if (!report.value) throw new Error('the stopped record gave no report');
  const size = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB (${((bytes / MB) * 100).toFixed(0)} % of 1 MiB)`;
  printTable(
    `c. Recording a ${STEPS}-step procedure (shared fixture pages in turn, lang fr)`,
    ['figure', 'value'],
    [
      ['audit per step, median ms', ms(median(auditMs))],
      ['audit per step, slowest ms', ms(Math.max(...auditMs))],
      ['heuristics / axe per step, median', percent(median(overheads))],
      ['heuristics / axe per step, highest', percent(Math.max(...overheads))],
      ['stopping (finalizeRecord: journey analysis) ms', ms(stop.ms)],
      ['its report (recordReport) ms', ms(report.ms)],
      [`stored record, ${STEPS} steps, while recording`, size(recordingBytes)],
      [`stored record, ${STEPS} steps, stopped (with its analysis)`, size(stoppedBytes)],
    ],
    `Budget: each step within the page budget (heuristics / axe at most 25 %); the stored record under 1 MB: ${stoppedBytes < 1_000_000 ? 'yes' : 'NO'}.`,
  );
}
