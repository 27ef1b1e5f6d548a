import { browser } from 'wxt/browser';
import { z } from 'zod';
import { ProcedureRecordSchema, RECORDS_KEY, recordKey, RecordSummarySchema, summarize, type ProcedureRecord, type RecordSummary } from '../../report/record/record-schema';

const IndexSchema = z.array(RecordSummarySchema).catch([]);

export async function readIndex(): Promise<RecordSummary[]> {
  return IndexSchema.parse((await browser.storage.local.get(RECORDS_KEY))[RECORDS_KEY] ?? []);
}

export async function readRecord(id: string): Promise<ProcedureRecord | null> {
  const key = recordKey(id);
  const parsed = ProcedureRecordSchema.safeParse((await browser.storage.local.get(key))[key]);
  return parsed.success ? parsed.data : null;
}

/**
 * Writes go one after another: a step audited while the user adds a note must not overwrite it
 * (read, change, write would race). The chain lives in the worker; a worker that dies loses at
 * most the write in progress, never what was stored before.
 */
let chain: Promise<unknown> = Promise.resolve();
function serialize<T>(job: () => Promise<T>): Promise<T> {
  const run = chain.then(job, job);
  chain = run.catch(() => undefined);
  return run;
}

/** The record and its index line are written in one storage call, so they never disagree. */
async function write(record: ProcedureRecord): Promise<void> {
  const index = (await readIndex()).filter((s) => s.id !== record.id);
  await browser.storage.local.set({ [recordKey(record.id)]: record, [RECORDS_KEY]: [...index, summarize(record)] });
}

export function createRecord(record: ProcedureRecord): Promise<void> {
  return serialize(() => write(record));
}

/** Changes a stored record; `change` returns null to leave it as it is. */
export function updateRecord(id: string, change: (record: ProcedureRecord) => ProcedureRecord | null | Promise<ProcedureRecord | null>): Promise<ProcedureRecord | null> {
  return serialize(async () => {
    const current = await readRecord(id);
    if (!current) return null;
    const next = await change(current);
    if (!next) return current;
    await write(next);
    return next;
  });
}

export function deleteRecord(id: string): Promise<void> {
  return serialize(async () => {
    const index = (await readIndex()).filter((s) => s.id !== id);
    await browser.storage.local.set({ [RECORDS_KEY]: index });
    await browser.storage.local.remove(recordKey(id));
  });
}

/** chrome.storage rejects a write past its quota with "QUOTA_BYTES quota exceeded". */
export const isStorageFull = (error: unknown) => /quota/i.test(error instanceof Error ? error.message : String(error));

/** The record running or paused in a tab, if any (one per tab). */
export async function activeRecordOf(tabId: number): Promise<RecordSummary | null> {
  return (await readIndex()).find((s) => s.tabId === tabId && s.status !== 'stopped') ?? null;
}
