import { Window } from 'happy-dom';
const win = new Window({ url: 'https://example.test/' });
(globalThis as any).window = win; (globalThis as any).document = win.document;
for (const k of ['Node','Element','HTMLElement','NodeFilter','getComputedStyle','ShadowRoot','DocumentFragment','HTMLInputElement']) (globalThis as any)[k] = (win as any)[k];
const { collectStepFields } = await import('/work/wt/bench/src/engine/journey/collect-step-fields.ts');
const { pageMetrics } = await import('/work/wt/bench/src/engine/metrics/page-metrics.ts');
const N = Number(process.argv[2] ?? 400);
const parts: string[] = ['<main><h1>Formulaire</h1><form>'];
for (let i = 0; i < N; i++) {
  if (i % 10 === 0) parts.push(`<h2>Section ${i/10}</h2><fieldset><legend>Groupe ${i}</legend>`);
  if (i % 5 === 0) parts.push(`<div class="fr-fieldset__element"><label><input type="radio" name="r${i}" value="a" required> Oui</label><label><input type="radio" name="r${i}" value="b"> Non</label></div>`);
  else parts.push(`<div class="fr-input-group"><label class="fr-label" for="f${i}">Nom du champ ${i}<span class="fr-hint-text">Aide</span></label><input class="fr-input" id="f${i}" name="f${i}" autocomplete="family-name" ${i%2?'required':''}></div>`);
  if (i % 10 === 9) parts.push('</fieldset>');
}
parts.push('</form></main>');
win.document.body.innerHTML = parts.join('\n');
for (let r = 0; r < 2; r++) {
  let t = performance.now(); const f = collectStepFields(win.document as any); console.log('collectStepFields', f.length, (performance.now() - t).toFixed(0), 'ms');
  t = performance.now(); pageMetrics(win.document as any); console.log('pageMetrics', (performance.now() - t).toFixed(0), 'ms');
}
