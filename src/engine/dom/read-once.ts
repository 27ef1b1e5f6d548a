/**
 * runAudit reads a page in one synchronous stretch (our rules, then the metrics) and changes
 * nothing in it, so what several rules derive from the same node (its readable text, whether it
 * is hidden, the shadow roots under it, the page's contact channels) can be derived once.
 * `readingPage` marks that stretch and `once` keeps a result for its length only. Outside it
 * nothing is kept: a caller that changes the DOM between two calls (unit tests do) always gets
 * fresh answers. Values kept must be treated as read-only by every caller.
 */
let memo: Map<string, WeakMap<object, unknown>> | null = null;

export function readingPage<T>(read: () => T): T {
  if (memo) return read();
  memo = new Map();
  try {
    return read();
  } finally {
    memo = null;
  }
}

export function once<K extends object, V>(kind: string, key: K, derive: (key: K) => V): V {
  const table = memo?.get(kind);
  if (table?.has(key)) return table.get(key) as V;
  const value = derive(key);
  remember(kind, key, value);
  return value;
}

/** A value kept earlier in this stretch, or undefined (always undefined outside one). */
export function recall<V>(kind: string, key: object): V | undefined {
  return memo?.get(kind)?.get(key) as V | undefined;
}

export function remember(kind: string, key: object, value: unknown): void {
  if (!memo) return;
  let table = memo.get(kind);
  if (!table) memo.set(kind, (table = new WeakMap()));
  table.set(key, value);
}

/** Whether a page read is under way (values are being kept). */
export function readingNow(): boolean {
  return memo !== null;
}
