import { defineRule, review } from '../../model/rule';
import { addFinding, excerptAround, findingsOrPass, pageBlocks, ruleFindings } from './language-blocks';
import { findInclusiveForms } from './inclusive-dot';

/**
 * French only: the median dot of inclusive writing. Its meaning is not in doubt, but whether the
 * page must change is a policy choice of the service: needs review, with the double form to
 * write instead ("usagers et usagères").
 */
export default defineRule({
  id: 'inclusive-median-dot',
  scope: 'page',
  impact: 'minor',
  tags: ['cat.language', 'cat.balise'],
  barriers: ['complex-language'],
  text: {
    fr: {
      description: 'Le texte n’utilise pas le point médian de l’écriture inclusive.',
      help: 'Le point médian (« usager·ère·s ») est mal lu par les lecteurs d’écran et difficile à lire. Écrivez les deux mots en entier.',
      messages: {
        dot: '« {form} » dans « {excerpt} ». Écrivez plutôt « {suggestion} ».',
        dotNoSuggestion: '« {form} » dans « {excerpt} ». Écrivez les deux mots en entier, au masculin et au féminin.',
      },
    },
    en: {
      description: 'The text does not use the median dot of French inclusive writing.',
      help: 'The median dot ("usager·ère·s") is misread by screen readers and hard to read. Write both words in full.',
      messages: {
        dot: '"{form}" in "{excerpt}". Write "{suggestion}" instead.',
        dotNoSuggestion: '"{form}" in "{excerpt}". Write both words in full, masculine and feminine.',
      },
    },
  },
  evaluatePage(doc) {
    const french = pageBlocks(doc).readable.filter((item) => item.lang === 'fr' && !item.block.inSentence);
    const findings = ruleFindings();
    for (const item of french) {
      const [first] = findInclusiveForms(item.block.text);
      if (!first) continue;
      addFinding(findings, () => {
        const ex = excerptAround(item.block.text, first.index, first.text.length);
        const outcome = first.doubleForm
          ? review('dot', { form: first.text, excerpt: ex, suggestion: first.doubleForm }, { form: first.text, suggestion: first.doubleForm })
          : review('dotNoSuggestion', { form: first.text, excerpt: ex }, { form: first.text });
        return { element: item.block.element, outcome };
      });
    }
    return findingsOrPass(french, findings);
  },
});
