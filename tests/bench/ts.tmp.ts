import { startBench, open } from './harness';
import { buildProfileScript, profilePage, topOf } from './profile';
const inline = (n: number) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title></head><body><main><h1>Formulaire</h1><form>${Array.from({ length: n }, (_, i) => `<label for="f${i}">C${i}</label> <input type="checkbox" id="f${i}" name="f${i}"> `).join('')}<button>Envoyer</button></form></main></body></html>`;
const block = (n: number) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title></head><body><main><h1>Formulaire</h1><form>${Array.from({ length: n }, (_, i) => `<div><label for="f${i}">Champ ${i}</label><input id="f${i}" name="f${i}"></div>`).join('')}<button>Envoyer</button></form></main></body></html>`;
const sizes = [250, 500, 1000, 2000];
const gen: Record<string, () => string> = {};
for (const n of sizes) { gen[`/i${n}`] = () => inline(n); gen[`/b${n}`] = () => block(n); }
const bench = await startBench(gen);
const script = await buildProfileScript();
try {
  for (const kind of ['i', 'b']) for (const n of sizes) {
    await open(bench, `/${kind}${n}`);
    const p = await profilePage(bench, script, 'fr');
    const total = p.axe.reduce((s, e) => s + e.ms, 0);
    const ours = p.ours.reduce((s, e) => s + e.ms, 0);
    console.log(kind, n, 'axe', total.toFixed(0), topOf(p.axe, 4), '| ours', ours.toFixed(0), topOf(p.ours, 5));
  }
} finally { await bench.close(); }
