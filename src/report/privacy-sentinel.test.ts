import { describe, expect, it } from 'vitest';
import { runAudit } from '../engine/run-audit';
import { LANGS } from '../engine/model';
import { buildReport } from './build-report';
import { applyExportChoices } from './model';
import { EXPORT_FORMATS, exportReport } from './export';
import { draftFiling, RECIPIENTS } from './filing';

/**
 * Sentinel privacy test for the report layer: a page full of fields holding a sentinel (typed
 * values, chosen options, textarea text, contenteditable text, a token in the URL, and in the
 * markup: a link's query string, a form's target, an image address, a title, a data-* attribute,
 * a mailto: address) is audited by the real engine, and no export format nor any filing draft may
 * carry the sentinel.
 */
const SENTINEL = 'ZZSENTINEL7731';

function plantSentinels(): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`https://demarche.exemple.fr/dossier/etape-1?token=${SENTINEL}#${SENTINEL}`);
  document.documentElement.lang = 'fr';
  document.title = 'Demande';
  document.body.innerHTML = `
    <main>
      <h1>Demande</h1>
      <form>
        <input type="text" name="nom" value="${SENTINEL}">
        <input type="email" required data-value="${SENTINEL}">
        <textarea name="motif">${SENTINEL}</textarea>
        <div contenteditable="true">${SENTINEL}</div>
        <select name="choix"><option value="${SENTINEL}" selected>${SENTINEL}</option></select>
        <input type="checkbox" value="${SENTINEL}" checked>
        <input type="file" name="piece">
        <input type="hidden" name="csrf" value="${SENTINEL}">
        <button>Envoyer</button>
      </form>
      <!-- The page's own markup can carry the person's data: a link to their file, a scan of their
           papers, a form target with a token, their address in a title, a data-* copy of an answer. -->
      <p>Suivez <a href="/suivi?dossier=2024778899&amp;token=${SENTINEL}#${SENTINEL}"><img src="/scan?file=${SENTINEL}.pdf"></a></p>
      <form action="/envoi?token=${SENTINEL}">
        <input type="email" required title="${SENTINEL}@example.org" data-prefill="${SENTINEL}">
        <a href="mailto:${SENTINEL}@example.org"></a>
      </form>
    </main>`;
  // What a person typed, set as a property the way a browser does (not as an attribute).
  for (const field of document.querySelectorAll<HTMLInputElement>('input:not([type=checkbox]):not([type=file]):not([type=hidden])')) field.value = SENTINEL;
}

describe('no sentinel in any export or filing draft', () => {
  it('keeps typed and chosen values, URL tokens and the data in the page\'s markup out of every output', async () => {
    plantSentinels();
    let audit;
    try {
      audit = await runAudit(document, { lang: 'fr' });
    } catch {
      // axe needs layout APIs happy-dom may lack; our heuristics and metrics still run.
      audit = await runAudit(document, { lang: 'fr', axe: false });
    }
    const findings = audit.violations.length + audit.incomplete.length;
    expect(findings).toBeGreaterThan(0);
    const report = buildReport({
      lang: 'fr',
      axeVersion: 'test',
      pages: [audit],
      observations: [{ id: 'o1', barrier: 'no-alternative-channel', text: 'Aucun guichet indiqué.', createdAt: '2025-03-04T10:00:00.000Z' }],
      createdAt: new Date('2025-03-04T10:00:00.000Z'),
    });
    const outputs: string[] = [];
    for (const chosen of [report, applyExportChoices(report, { originOnly: true })]) {
      for (const format of EXPORT_FORMATS) outputs.push(exportReport(chosen, format).content);
      for (const lang of LANGS) for (const recipient of RECIPIENTS) {
        const draft = draftFiling({ report: chosen, recipient, lang });
        outputs.push(draft.to, draft.subject, draft.body, draft.mailtoUrl, decodeURIComponent(draft.mailtoUrl), ...draft.notes);
      }
    }
    expect(outputs.join('\n')).toContain('demarche.exemple.fr');
    for (const output of outputs) expect(output).not.toContain(SENTINEL);
  });
});
