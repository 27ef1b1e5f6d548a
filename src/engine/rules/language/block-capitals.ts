import { defineRule, fail } from '../../model/rule';
import { addFinding, findingsOrPass, pageBlocks, ruleFindings } from './language-blocks';
import { blockCapitalRuns } from './word-shapes';

/**
 * Text in capitals is read letter by letter by people who read with difficulty, and word shapes
 * vanish (FALC, Inclusion Europe; GOV.UK style). Four or more words in a row written in capitals
 * are certain; a run of acronyms ("CAF CPAM MSA URSSAF") is not block capitals, so at least half
 * the run must be ordinary words. Capitals made by CSS (text-transform) are not seen: layout-free.
 */
export default defineRule({
  id: 'block-capitals',
  scope: 'page',
  impact: 'minor',
  tags: ['cat.language', 'cat.balise'],
  barriers: ['complex-language'],
  text: {
    fr: {
      description: 'Le texte n’est pas écrit en lettres capitales.',
      help: 'Un texte en capitales est difficile à lire. Écrivez en minuscules, avec une majuscule au début de la phrase.',
      messages: {
        capitals: '{count} mots de suite en capitales : « {excerpt} ». Écrivez en minuscules ; pour insister, mettez en gras.',
      },
    },
    en: {
      description: 'Text is not written in capital letters.',
      help: 'Text in capitals is hard to read. Write in lower case, with a capital at the start of the sentence.',
      messages: {
        capitals: '{count} words in a row in capitals: "{excerpt}". Write in lower case; to stress something, use bold.',
      },
    },
  },
  evaluatePage(doc) {
    const { readable } = pageBlocks(doc);
    const findings = ruleFindings();
    for (const item of readable) {
      if (item.block.inSentence) continue;
      let best: string[] = [];
      for (const s of item.sentences()) {
        for (const [start, end] of blockCapitalRuns(s.words, item.lang)) if (end - start > best.length) best = s.words.slice(start, end);
      }
      if (best.length === 0) continue;
      const shown = best.slice(0, 12).join(' ') + (best.length > 12 ? ' …' : '');
      const data = { count: best.length, excerpt: shown };
      addFinding(findings, () => ({ element: item.block.element, outcome: fail('capitals', data, { ...data, lang: item.lang }) }), true);
    }
    return findingsOrPass(readable, findings);
  },
});
