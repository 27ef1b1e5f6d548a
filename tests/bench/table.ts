/** One section of the benchmark: a title, a right-aligned table, and how to read it. */
export function printTable(title: string, header: readonly string[], rows: readonly (readonly string[])[], note?: string): void {
  const all = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...all.map((row) => (row[col] ?? '').length)));
  const line = (row: readonly string[]) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ');
  console.log(`\n## ${title}`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  if (note) console.log(note);
}
