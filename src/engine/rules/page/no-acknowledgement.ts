import { defineRule, pass, review } from '../../model/rule';
import { queryDeep, readableText } from '../../dom';
import { wordingReadable } from '../../dom/page-language';

/**
 * The end page of a procedure is the person's only proof it was done (SDG regulation 2018/1724,
 * art. 6): it should give a reference ("numéro de dossier", "your reference number") or an
 * acknowledgement of receipt. A confirmation without one: needs review (it may come by e-mail or
 * post, but not everyone has e-mail). With one: pass. The reference itself is never copied into
 * the evidence: it is the person's file number.
 *
 * A confirmation is a GOV.UK confirmation panel, a success alert or a heading that says a request
 * was sent. Account and password confirmations are not the end of a procedure and are left out,
 * and a panel that says something else (GOV.UK's "next bank holiday") is not a confirmation.
 */
const SENT_FR = /(?:demande|dossier|d[ée]claration|formulaire|candidature|r[ée]clamation|saisine|inscription|signalement|paiement)\s+(?:a\s+(?:bien\s+)?[ée]t[ée]\s+|est\s+(?:bien\s+)?)?(?:envoy[ée]e?|transmise?|enregistr[ée]e?|d[ée]pos[ée]e?|re[çc]ue?|valid[ée]e?|prise?\s+en\s+compte|termin[ée]e?)/i;
const SENT_EN = /(?:application|request|claim|form|declaration|return|report|registration|payment)\s+(?:has\s+been\s+|was\s+|is\s+)?(?:complete|completed|submitted|sent|received|successful)|we(?:['’]ve|\s+have)\s+received\s+your|thank\s+you\s+for\s+(?:your\s+)?(?:application|applying|submitting)/i;
const NOT_A_PROCEDURE = /mot\s+de\s+passe|password|compte\s+a\s+(?:bien\s+)?[ée]t[ée]\s+cr[ée]|account\s+(?:has\s+been\s+|was\s+)?created|newsletter|lettre\s+d['’]information|cookies?/i;
const REFERENCE = /num[ée]ro\s+(?:de\s+)?(?:dossier|demande|suivi|r[ée]f[ée]rence|d[ée]p[ôo]t|t[ée]l[ée]proc[ée]dure|enregistrement|confirmation)|\bn[°o]\s*(?:de\s+)?dossier|r[ée]f[ée]rence\s*(?:de\s+(?:votre\s+)?(?:dossier|demande))?\s*:|accus[ée]\s+de\s+r[ée]ception|r[ée]c[ée]piss[ée]|reference\s+(?:number|code)|your\s+reference|application\s+number|confirmation\s+(?:number|code)|tracking\s+number|case\s+number|receipt/i;
const PLACES = '.govuk-panel--confirmation, .fr-alert--success, [role=status], h1, h2';

export default defineRule({
  id: 'no-acknowledgement',
  scope: 'page',
  impact: 'moderate',
  tags: ['cat.balise'],
  barriers: ['no-acknowledgement'],
  text: {
    fr: {
      description: 'La page de confirmation donne un numéro de dossier ou un accusé de réception.',
      help: 'Affichez un numéro de dossier sur la page de fin et proposez un récépissé à imprimer ou télécharger.',
      messages: {
        missing: 'La page confirme l’envoi (« {found} ») sans numéro de dossier ni accusé de réception : la personne n’a aucune preuve de sa démarche.',
      },
    },
    en: {
      description: 'The confirmation page gives a reference number or a receipt.',
      help: 'Show a reference number on the end page and offer a receipt to print or download.',
      messages: {
        missing: 'The page confirms the sending ("{found}") without a reference number or receipt: the person has no proof of the procedure.',
      },
    },
  },
  evaluatePage(doc) {
    if (!wordingReadable(doc)) return [];
    const confirmation = queryDeep(doc, PLACES)
      .map((element) => ({ element, text: readableText(element) }))
      .find(({ text }) => (SENT_FR.test(text) || SENT_EN.test(text) || /^(?:demande\s+envoy[ée]e|application\s+complete)$/i.test(text)) && !NOT_A_PROCEDURE.test(text));
    if (!confirmation) return [];
    const found = (SENT_FR.exec(confirmation.text) ?? SENT_EN.exec(confirmation.text))?.[0] ?? confirmation.text.slice(0, 60);
    const reference = REFERENCE.exec(readableText(doc.querySelector('main') ?? doc.body));
    if (reference) return [{ element: confirmation.element, outcome: pass({ confirmation: found, reference: reference[0] }) }];
    return [{ element: confirmation.element, outcome: review('missing', { found }, { confirmation: found, reference: null }) }];
  },
});
