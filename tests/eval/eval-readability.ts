/*
 * Prints the readability evaluation on the HELD-OUT part of the shared corpora: the bare formula
 * and our score side by side, each target MET or MISSED, and the floor each score must keep.
 * Run: npm run eval:readability. Exits 1 only when a score fell below its floor (a regression);
 * a missed target is printed as such, and `npm test` runs the same guard (readability.test.ts).
 */
import { evaluateReadability, REACHED, regressions, type EvaluationRow } from './readability-evaluation';

const started = Date.now();
const rows = evaluateReadability();
const fmt = (r: EvaluationRow, x: number): string => (r.kind === 'rho' ? x.toFixed(3) : `${(100 * x).toFixed(1)} %`);
const floorOf = (r: EvaluationRow, x: number): string => (r.kind === 'rho' ? x.toFixed(4) : `${(100 * x).toFixed(2)} %`);
const width = Math.max(...rows.map((r) => r.what.length));
const below = new Set(regressions(rows));

console.log('Readability on the held-out part (FNV-1a(group) % 10 < 3; formula: Flesch en / Kandel-Moles fr)');
console.log(`${'measure'.padEnd(width)}  ${'formula'.padStart(8)}  ${'Balise'.padStart(8)}  ${'target'.padEnd(13)} ${'status'.padEnd(7)} floor`);
for (const r of rows) {
  const status = r.met === null ? '-' : r.met ? 'MET' : 'MISSED';
  const floor = `${floorOf(r, REACHED[r.key] ?? 0)}${below.has(r) ? '  REGRESSED' : ''}`;
  console.log(`${r.what.padEnd(width)}  ${fmt(r, r.formula).padStart(8)}  ${fmt(r, r.ours).padStart(8)}  ${(r.target ?? '-').padEnd(13)} ${status.padEnd(7)} ${floor}`);
}
const targets = rows.filter((r) => r.met !== null);
const met = targets.filter((r) => r.met).length;
console.log(`targets: ${met} met, ${targets.length - met} missed; regressions below the floor: ${below.size} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (below.size > 0) process.exitCode = 1;
