import { defineRule, review } from '../../model/rule';
import { addFinding, excerptAtWords, findingsOrPass, listShown, pageBlocks, ruleFindings } from './language-blocks';
import { findNumbersInWords, type NumberInWords } from './number-words';
import type { Sentence } from './text-measures';

/**
 * Numbers written in words ("trois", "vingt-cinq") are slower to read than digits for people who
 * read with difficulty: FALC (Inclusion Europe) and GOV.UK style ask for digits. Style, not a
 * certain defect ("l'un des deux", a name): needs review, with the digits to write instead.
 */
const MAX_SHOWN = 5;

export default defineRule({
  id: 'number-in-words',
  scope: 'page',
  impact: 'minor',
  tags: ['cat.language', 'cat.balise'],
  barriers: ['complex-language'],
  text: {
    fr: {
      description: 'Les nombres sont écrits en chiffres.',
      help: 'Un nombre écrit en lettres est plus long à lire. Écrivez-le en chiffres.',
      messages: {
        words: 'Nombres écrits en lettres : {numbers}. Dans « {excerpt} ».',
      },
    },
    en: {
      description: 'Numbers are written in digits.',
      help: 'A number written in words takes longer to read. Write it in digits.',
      messages: {
        words: 'Numbers written in words: {numbers}. In "{excerpt}".',
      },
    },
  },
  evaluatePage(doc, ctx) {
    const { readable } = pageBlocks(doc);
    const findings = ruleFindings();
    for (const item of readable) {
      if (item.block.inSentence) continue;
      const found: NumberInWords[] = [];
      let first: { sentence: Sentence; index: number; length: number } | undefined;
      for (const s of item.sentences()) {
        const here = findNumbersInWords(s.words, item.lang);
        if (here.length === 0) continue;
        const words = here[0]!.text.split(' ');
        first ??= { sentence: s, index: Math.max(0, s.words.indexOf(words[0]!)), length: words.length };
        found.push(...here);
      }
      if (!first) continue;
      const at = first;
      addFinding(findings, () => {
        const quote = ctx.lang === 'fr' ? (t: string) => `« ${t} »` : (t: string) => `"${t}"`;
        const shown = found.map((n) => (n.value === null ? quote(n.text) : `${quote(n.text)} → ${n.value}`));
        const data = { numbers: listShown(shown, MAX_SHOWN, ctx.lang), excerpt: excerptAtWords(item.block, at.sentence, at.index, at.length) };
        return { element: item.block.element, outcome: review('words', data, { numbers: found.map((n) => n.text).join(' | '), lang: item.lang }) };
      });
    }
    return findingsOrPass(readable, findings);
  },
});
