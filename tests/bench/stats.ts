/** The middle value: steadier than the mean on a shared, noisy machine. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Milliseconds taken by a synchronous function (Node side: report building and exports). */
export function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

export const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(0) : '-');
export const ratio = (value: number): string => (Number.isFinite(value) ? value.toFixed(2) : '-');
export const percent = (value: number): string => (Number.isFinite(value) ? `${(value * 100).toFixed(0)} %` : '-');
