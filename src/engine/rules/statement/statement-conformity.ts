import { defineRule, fail, inapplicable, pass, review } from '../../model/rule';
import { findStatementMention } from './statement-mention';

/**
 * What the service declares about itself in its conformity mention. A service that has a
 * statement is not reported as having none (no-accessibility-statement passes); what it admits is
 * reported here, under its own barrier.
 * - "non conforme" is the service's own admission that its pages do not meet the accessibility
 *   rules (RGAA in France, EN 301 549 in Belgium): certain, so a violation.
 * - "partiellement conforme" is a fact about the service, not proof that this procedure is
 *   affected: needs review, and the message says what to read in the statement.
 * Directive (EU) 2016/2102 art. 7(1) says what the statement must then give: the content that is
 * not accessible and why, any accessible alternative, a way to report a problem (feedback
 * mechanism) and a link to the enforcement procedure.
 */
export default defineRule({
  id: 'statement-conformity',
  scope: 'page',
  impact: 'moderate',
  tags: ['cat.balise', 'RGAAv4'],
  barriers: ['no-accessibility-statement'],
  text: {
    fr: {
      description: "Ce que le service déclare sur sa propre accessibilité (mention « Accessibilité : … conforme »).",
      help: "Rendez accessibles les contenus que la déclaration d’accessibilité liste comme non accessibles. D’ici là, la déclaration doit proposer une autre façon d’y accéder, un contact pour signaler un problème et la voie de recours (en France, le Défenseur des droits).",
      messages: {
        declaredNone:
          "Le service déclare lui-même : « {mention} ». Ses pages ne respectent donc pas les règles d’accessibilité. Lisez sa déclaration d’accessibilité : elle doit dire ce qui n’est pas accessible, donner un contact et la voie de recours.",
        declaredPartial:
          "Le service se déclare partiellement conforme (« {mention} ») : une partie de ses contenus n’est pas accessible. Lisez sa déclaration d’accessibilité : vérifiez si cette démarche fait partie des contenus non accessibles, et si la déclaration donne un contact et la voie de recours.",
      },
    },
    en: {
      description: 'What the service declares about its own accessibility (the "Accessibility: … compliant" mention).',
      help: 'Make accessible the content that the accessibility statement lists as not accessible. Until then, the statement must offer another way to reach it, a contact to report a problem, and the way to complain (in France, the Défenseur des droits).',
      messages: {
        declaredNone:
          'The service itself declares: "{mention}". Its pages therefore do not meet the accessibility rules. Read its accessibility statement: it must say what is not accessible, give a contact and the way to complain.',
        declaredPartial:
          'The service declares itself partially compliant ("{mention}"): part of its content is not accessible. Read its accessibility statement: check whether this procedure is among the content that is not accessible, and whether the statement gives a contact and the way to complain.',
      },
    },
  },
  evaluatePage(doc) {
    const { mention } = findStatementMention(doc);
    if (!mention) return [{ outcome: inapplicable() }];
    const evidence = { mention: mention.text, conformity: mention.conformity };
    const data = { mention: mention.text };
    if (mention.conformity === 'none') return [{ element: mention.element, outcome: fail('declaredNone', data, evidence) }];
    if (mention.conformity === 'partial') return [{ element: mention.element, outcome: review('declaredPartial', data, evidence) }];
    return [{ element: mention.element, outcome: pass(evidence) }];
  },
});
