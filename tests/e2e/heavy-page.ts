/** A long form (5,000 labelled fields): an audit of it takes long enough to be interrupted. */
export function heavyFormPage(fields = 5000): string {
  const rows = Array.from({ length: fields }, (_, i) => `<p><label for="f${i}">Champ ${i}</label> <input id="f${i}" name="f${i}" type="text"></p>`);
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Formulaire très long</title></head><body><main><h1>Formulaire très long</h1><form>${rows.join('')}</form></main></body></html>`;
}
