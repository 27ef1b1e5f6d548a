import type { Lang } from '../../model/lang';
import { defineRule, fail, review } from '../../model/rule';
import { addFinding, blockExcerpt, excerpt, findingsOrPass, pageBlocks, ruleFindings, type PageBlock } from './language-blocks';

/**
 * "Cliquez ici", "En savoir plus", "Read more": a link a person cannot understand on its own,
 * out of its sentence, as screen readers list links, and as people who scan the page see them
 * (WCAG 2.4.4 / 2.4.9, RGAA 6.1). Certain when nothing names the link's target: no aria-label or
 * title, no sentence around. When the sentence around gives the context, WCAG 2.4.4 can be met
 * but people who scan still lose it: needs review.
 */
const VAGUE: Record<Lang, ReadonlySet<string>> = {
  fr: new Set([
    'ici', 'cliquez ici', 'cliquer ici', 'clique ici', 'cliquez', 'cliquez sur ce lien', 'en cliquant ici', 'en savoir plus',
    'savoir plus', 'plus', 'lire la suite', 'la suite', 'suite', 'lire plus', 'en lire plus', 'voir', 'voir plus', 'voir la suite',
    "plus d'infos", "plus d'info", "plus d'informations", "plus d'information", 'lien', 'ce lien', 'détails', 'voir le détail',
    'voir les détails', 'accéder', 'continuer la lecture', 'cette page',
  ]),
  en: new Set([
    'here', 'click here', 'click', 'click this link', 'read more', 'more', 'learn more', 'more info', 'more information',
    'find out more', 'link', 'this link', 'details', 'see more', 'see details', 'continue reading', 'this page', 'go',
  ]),
};
// A tab names a panel on the same page, shown next to it: "More information" is a fair tab name.
const TAB_LISTS = '[role="tablist"], .govuk-tabs__list, .fr-tabs__list';
// Surrounding words needed before the sentence can be said to give context.
const MIN_CONTEXT_WORDS = 3;

/** Lower case, punctuation, arrows and emoji gone: "En savoir plus ›" -> "en savoir plus". */
export function normaliseLinkText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’ʼ]/gu, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function isVague(text: string, lang: Lang): boolean {
  const n = normaliseLinkText(text);
  return n === '' ? false : VAGUE[lang].has(n);
}

function accessibleName(link: Element, visible: string): { name: string; fromAria: boolean } {
  const doc = link.ownerDocument;
  const labelledBy = link.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return { name: text, fromAria: true };
  }
  const label = link.getAttribute('aria-label')?.trim();
  if (label) return { name: label, fromAria: true };
  const alts = [...link.querySelectorAll('img[alt]')].map((img) => img.getAttribute('alt') ?? '').join(' ');
  return { name: `${visible} ${alts}`.trim(), fromAria: false };
}

export default defineRule({
  id: 'vague-link-text',
  scope: 'page',
  impact: 'serious',
  tags: ['cat.language', 'cat.balise', 'wcag2a', 'wcag244', 'RGAA-6.1'],
  barriers: ['complex-language'],
  text: {
    fr: {
      description: 'Chaque lien dit où il mène.',
      help: 'Un lien « cliquez ici » ou « en savoir plus » ne dit pas où il mène. Écrivez la destination dans le lien.',
      messages: {
        vague: 'Le lien « {link} » ne dit pas où il mène. Écrivez la destination dans le lien, par exemple « Lire les conditions pour obtenir l’aide ».',
        vagueInContext: 'Le lien « {link} » ne se comprend qu’avec la phrase autour : « {excerpt} ». Mettez la destination dans le texte du lien.',
      },
    },
    en: {
      description: 'Each link says where it goes.',
      help: 'A "click here" or "read more" link does not say where it goes. Put the destination in the link text.',
      messages: {
        vague: 'The link "{link}" does not say where it goes. Put the destination in the link, for example "Read the conditions to get the benefit".',
        vagueInContext: 'The link "{link}" only makes sense with the sentence around it: "{excerpt}". Put the destination in the link text.',
      },
    },
  },
  evaluatePage(doc) {
    const { all, readable } = pageBlocks(doc);
    const byElement = new Map<Element, PageBlock>();
    for (const block of all) if (block.role !== 'link' && block.role !== 'button') byElement.set(block.element, block);
    const findings = ruleFindings();
    for (const item of readable) {
      if (item.block.role !== 'link') continue;
      const link = item.block.element;
      if (link.getAttribute('role') === 'tab' || link.closest(TAB_LISTS)) continue;
      const { name, fromAria } = accessibleName(link, item.block.text);
      if (!isVague(name, item.lang)) continue;
      const title = link.getAttribute('title')?.trim() ?? '';
      if (title && !isVague(title, item.lang)) continue;
      const around = item.block.inSentence ? enclosingBlock(link, byElement) : undefined;
      const contextWords = around ? around.text.split(/\s+/).length - name.split(/\s+/).length : 0;
      const data = { link: excerpt(name, 60) };
      const evidence = { link: data.link, ariaName: fromAria, title: title || null, lang: item.lang };
      if (around && contextWords >= MIN_CONTEXT_WORDS) {
        addFinding(findings, () => ({ element: link, outcome: review('vagueInContext', { ...data, excerpt: blockExcerpt(around, 140) }, evidence) }));
      } else {
        addFinding(findings, () => ({ element: link, outcome: fail('vague', data, evidence) }), true);
      }
    }
    return findingsOrPass(readable, findings);
  },
});

function enclosingBlock(link: Element, byElement: ReadonlyMap<Element, PageBlock>): PageBlock | undefined {
  for (let el = link.parentElement; el; el = el.parentElement) {
    const block = byElement.get(el);
    if (block) return block;
  }
  return undefined;
}
