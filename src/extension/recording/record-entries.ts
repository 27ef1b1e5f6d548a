import type { ProcedureRecord, RecordEntry } from '../../report/record/record-schema';

/** Adds an entry, closing the time of the step before it: time spent = next entry's time - this one's. */
export function append(record: ProcedureRecord, entry: RecordEntry, at: string): ProcedureRecord {
  return { ...record, entries: [...closeLastStep(record.entries, at), entry] };
}

export function closeLastStep(entries: readonly RecordEntry[], at: string): RecordEntry[] {
  const lastStep = entries.findLastIndex((e) => e.kind === 'step');
  return entries.map((entry, i) => {
    if (i !== lastStep || entry.kind !== 'step' || entry.step.timeSpentMs !== undefined) return entry;
    return { kind: 'step', step: { ...entry.step, timeSpentMs: Math.max(0, Date.parse(at) - Date.parse(entry.step.enteredAt)) } };
  });
}

/** Screens of another site are listed once per visit, never audited. */
export function leftSite(record: ProcedureRecord, origin: string | null): ProcedureRecord | null {
  const last = record.entries.at(-1);
  if (last?.kind === 'left-site' && (last.origin ?? null) === origin) return null;
  const at = new Date().toISOString();
  return { ...append(record, { kind: 'left-site', enteredAt: at, ...(origin ? { origin } : {}) }, at), lastScreen: null };
}
