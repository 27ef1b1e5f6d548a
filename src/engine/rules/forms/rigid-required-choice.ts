import { defineRule, review, type PageFinding } from '../../model/rule';
import { isRequired, queryDeep, fieldsetLegend } from '../../dom';
import { labelReader } from '../../dom/field-labels';
import { hiddenChecker } from '../../dom/hidden-cache';
import { wordingReadable } from '../../dom/page-language';

/**
 * A required choice with no way out ("Autre", "Je ne sais pas", "Non concerné") forces people
 * whose case is not listed to pick a wrong answer or give up. Needs review: the options may
 * really cover every case. Plain yes/no questions are left out: "don't know" rarely fits them,
 * and flagging every one would drown the report. Only groups the page marks as required are
 * read (required, aria-required): many forms check on the server only, and we cannot know it.
 */
const WAY_OUT = /\bautres?\b|je ne (?:sais|connais) pas|ne sais pas|non concern[ée]e?s?|aucune?\b|sans objet|pas de r[ée]ponse|ne (?:souhaite|veux) pas r[ée]pondre|\bother\b|don['’]?t know|do not know|not sure|none\b|not applicable|prefer not to say|\bn\/a\b/i;
const YES_NO = /^(?:oui|non|yes|no)$/i;

export default defineRule({
  id: 'rigid-required-choice',
  scope: 'page',
  impact: 'moderate',
  tags: ['cat.balise'],
  barriers: ['rigid-input'],
  text: {
    fr: {
      description: 'Une question obligatoire à choix propose « Autre » ou « Je ne sais pas ».',
      help: 'Ajoutez une réponse « Autre », « Je ne sais pas » ou « Non concerné », ou rendez la question facultative.',
      messages: {
        noWayOut: 'La question obligatoire « {question} » n’offre que {count} réponses, sans « Autre » ni « Je ne sais pas ».',
      },
    },
    en: {
      description: 'A required multiple-choice question offers "Other" or "I don\'t know".',
      help: 'Add an "Other", "I don\'t know" or "Not applicable" answer, or make the question optional.',
      messages: {
        noWayOut: 'The required question "{question}" only offers {count} answers, with no "Other" or "I don\'t know".',
      },
    },
  },
  evaluatePage(doc) {
    if (!wordingReadable(doc)) return [];
    const labelOf = labelReader();
    const hidden = hiddenChecker();
    const groups = new Map<string, Element[]>();
    const owners = new Map<Node, number>();
    for (const radio of queryDeep(doc, 'input[type=radio]')) {
      const name = radio.getAttribute('name');
      if (!name) continue;
      // Radios group by name within one form (or one document or shadow root).
      const owner: Node = radio.closest('form') ?? radio.getRootNode();
      if (!owners.has(owner)) owners.set(owner, owners.size);
      const key = `${owners.get(owner)}:${name}`;
      const list = groups.get(key) ?? [];
      list.push(radio);
      groups.set(key, list);
    }
    const findings: PageFinding[] = [];
    for (const radios of groups.values()) {
      const first = radios[0]!;
      const container = first.closest('fieldset, [role=radiogroup]');
      const required = radios.some(isRequired) || container?.getAttribute('aria-required') === 'true';
      if (!required || radios.length < 2 || hidden(first)) continue;
      const labels = radios.map((radio) => labelOf(radio));
      if (labels.some((label) => WAY_OUT.test(label)) || labels.every((label) => YES_NO.test(label.replace(/[.!]$/, '').trim()))) continue;
      const question = fieldsetLegend(first) || (container ? labelOf(container) : '') || first.getAttribute('name') || '';
      findings.push({
        element: container ?? first,
        outcome: review('noWayOut', { question, count: radios.length }, { question, options: radios.length, required: true }),
      });
    }
    return findings;
  },
});
