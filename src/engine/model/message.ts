/** Fills `{name}` placeholders. A missing value is left visible rather than silently blanked. */
export function formatMessage(template: string, data: Readonly<Record<string, unknown>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    data[name] === undefined || data[name] === null ? whole : String(data[name]),
  );
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}
