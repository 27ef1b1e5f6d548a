import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../run-audit';
import { textBlocks } from '../dom/text-blocks';
import { resolveTarget } from '../dom/selector';

/*
 * A recap and confirmation page full of one person's data, audited by every registered rule and
 * the page metrics: no sentinel may reach the audit, whichever rule quotes the page. Each
 * sentinel below is on the page (checked first), so a test that passes is not an empty page.
 */
const fixtures = join(import.meta.dirname, '../../../tests/fixtures/privacy');
const SENTINELS = [/quixotte/i, /HDJ2123F/, /QZX/, /zebulon/i, /zébulon/i, /sentinel/i, /12 34 56 78/, /0612345678/, /085 05 78|85 05 78 006/, /aglae|aglaé/i, /ophéli/i, /mirabelle|granvillon/i];

function load(file: string): void {
  document.open();
  document.write(readFileSync(join(fixtures, file), 'utf8'));
  document.close();
}

describe.each([
  ['recap-page.html', 'fr'],
  ['recap-page.en.html', 'en'],
] as const)('%s: personal data never reaches an audit', (file, lang) => {
  it('audit findings, evidence, metrics and title carry no sentinel', async () => {
    load(file);
    const page = document.documentElement.outerHTML;
    for (const s of [/quixotte/i, /HDJ2123F/, /QZX/, /12 34 56 78/, /aglae|aglaé/i, /mirabelle granvillon/i]) expect(page).toMatch(s);
    const audit = await runAudit(document, { lang, axe: false });
    const json = JSON.stringify(audit);
    for (const s of SENTINELS) expect(json).not.toMatch(s);
    // The page was read: plain-language rules found the long sentence and its jargon.
    const quoted = [...audit.violations, ...audit.incomplete].map((r) => r.id);
    expect(quoted).toEqual(expect.arrayContaining(['long-sentence', 'admin-jargon']));
    expect(json).toContain('[…]');
    // The form under the greeting is asked: its label and section are kept for the journey, masked.
    const fields = audit.metrics['fieldsAsked'] as Array<{ label: string; section: string }>;
    expect(fields).toHaveLength(1);
    expect(fields[0]!.label).toContain('[…]');
  });

  it("with axe too, the excerpts and targets of the person's uploaded papers carry no sentinel", async () => {
    load(file);
    const page = document.documentElement.outerHTML;
    for (const s of [/zebulon-quixotte[-\w]*\.pdf/, /Zebulon_Quixotte\.jpg/, /(?:Photo de Zébulon|Photo of Zebulon) Quixotte/, /id="[\w-]*HDJ2123F/]) expect(page).toMatch(s);
    // The same papers in an asset folder, in a segment before the last, in a local file, with a
    // copy's mark, at a bare relative address, and in an id and a class with no digits.
    for (const s of [/static\/\w+\/\w+-HDJ2123F\.png/, /images\/0612345678\.jpg/, /img\/zebulon\.quixotte@exemple\.test\.jpg/, /HDJ2123F\.pdf\/\w+/, /file:[^"]*HDJ2123F\.pdf/, /\(1\)\.pdf/, /\(cop\w+\)\.jpg/, /src="Zebulon_Quixotte\.jpg"/, /<li id="\w+-zebulon-quixotte[-\w]*\.pdf" class="[\w-]+ upload--Zebulon_Quixotte\.jpg"/]) expect(page).toMatch(s);
    const audit = await runAudit(document, { lang, axe: true });
    const json = JSON.stringify(audit);
    for (const s of SENTINELS) expect(json).not.toMatch(s);
    // The link, the button and the photo were reported, with their names masked and their kind kept.
    expect(json).toMatch(/href=\\"\/[a-z]+\/[a-z]+\/….pdf\\"/);
    expect(json).toMatch(/src=\\"\/[a-z]+\/photos\/….jpg\\"/);
    expect(json).toContain('aria-label=\\"[…].pdf\\"');
    expect(json).toMatch(/src=\\"\/static\/\w+\/….png\\" alt=\\"\[…\]\\"/);
    expect(json).toMatch(/src=\\"\/images\/….jpg\\"/);
    expect(json).toMatch(/src=\\"….jpg\\" alt=\\"\[…\]\\"/);
    expect(json).toMatch(/href=\\"\/\w+\/….pdf\/\w+\\"/);
    expect(json).toContain('href=\\"file:///…/….pdf\\"');
    // Each finding's target still finds its element, for the highlight.
    const nodes = [...audit.violations, ...audit.incomplete, ...audit.passes].flatMap((r) => r.nodes);
    for (const node of nodes) expect(resolveTarget(document, node.target), JSON.stringify(node.target)).not.toBeNull();
  });

  it('text extraction skips the answers of a recap but keeps its questions', () => {
    load(file);
    const text = textBlocks(document).map((b) => b.text).join('\n');
    expect(text).not.toMatch(/aglae|aglaé|ophéli|ophelia|sentinel|mirabelle|granvillon/i);
    expect(text).toMatch(lang === 'fr' ? /Nom complet/ : /Full name/);
    expect(text).toMatch(lang === 'fr' ? /Situation familiale/ : /Partner/);
  });
});
