// A no-break space keeps a number on the same line as its unit ("3 s" never splits in a narrow panel).
const NBSP = '\u00a0';

/** "1 min 05 s", "45 s", "1 h 02 min": the same in French and English. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}${NBSP}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}${NBSP}min ${String(seconds % 60).padStart(2, '0')}${NBSP}s`;
  return `${Math.floor(minutes / 60)}${NBSP}h ${String(minutes % 60).padStart(2, '0')}${NBSP}min`;
}
