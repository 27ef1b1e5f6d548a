import { defineRule, fail, pass, review } from '../../model/rule';
import { FIELD_SELECTOR, isHidden } from '../../dom/field';
import { linkText } from '../../dom/page-text';
import { queryDeep } from '../../dom/query-deep';
import { findInText, searchableBlocks } from '../../dom/text-search';
import { labelOf } from './field-kind';

/**
 * Digital identities (FranceConnect, France Identité, itsme, the Belgian eID with a card reader,
 * CSAM keys) need a smartphone, an app or a card reader. Offered next to other ways in, they are
 * good practice: pass. Shown as the only way in, the page may still hide other routes: review.
 * Only the page saying so ("uniquement via FranceConnect") makes it a violation.
 */
const SCHEMES: ReadonlyArray<[string, RegExp]> = [
  ['FranceConnect', /\bFranceConnect\s*\+?/i],
  ['France Identité', /\bFrance\s+Identit[ée]\b/i],
  ['itsme', /\bitsme\b/i],
  ['eID', /\blecteur\s+de\s+cartes?\s+(?:eID|d['’]identit[ée])|\bcarte\s+d['’]identit[ée]\s+[ée]lectronique\b|\beID\s+card\s+reader\b|\bcard\s+reader\b|\b(?:belgian\s+)?eID\b/i],
  ['CSAM', /\bCSAM\b|\bcl[ée]s?\s+num[ée]riques?\b|\bdigital\s+keys?\b/i],
  ['GOV.UK', /\bGOV\.UK\s+(?:Verify|One\s+Login)\b|\bdigital\s+identity\b/i],
];
const ANY_SCHEME = new RegExp(SCHEMES.map(([, re]) => re.source).join('|'), 'i');
const NAMES = String.raw`(?:FranceConnect\s*\+?|France\s+Identit[ée]|itsme|(?:votre\s+|la\s+|your\s+)?(?:carte\s+)?eID|CSAM|(?:une\s+)?identit[ée]\s+num[ée]rique|(?:a\s+)?digital\s+identity)`;
const ONLY = new RegExp(
  String.raw`\b(?:uniquement|seulement|exclusivement)\s+(?:via|avec|par|au\s+moyen\s+de)\s+${NAMES}|\b${NAMES}\s+est\s+(?:le\s+seul\s+moyen|obligatoire|indispensable)|\bvous\s+devez\s+(?:vous\s+(?:connecter|identifier)|passer)\s+(?:via|avec|par)\s+${NAMES}|\bonly\s+(?:via|with|through|using)\s+${NAMES}|\byou\s+(?:must|have\s+to|need\s+to)\s+(?:sign\s+in|log\s+in|identify\s+yourself)\s+(?:with|using|through)\s+${NAMES}|\b${NAMES}\s+is\s+(?:required|the\s+only\s+way)`,
  'i',
);
const OTHER_WAY = /\b(?:sans\s+FranceConnect|identifiant\s+et\s+(?:votre\s+|un\s+)?mot\s+de\s+passe|autres?\s+(?:moyens?|fa[çc]ons?|solutions?)\s+de\s+(?:vous\s+)?(?:connexion|connecter|identifi\w+)|code\s+de\s+s[ée]curit[ée]\s+(?:par|via)\s+(?:courrier|e-?mail)|par\s+courrier|sur\s+place|au\s+guichet|without\s+(?:FranceConnect|itsme|a\s+digital\s+identity)|user\s+ID\s+and\s+password|other\s+ways?\s+to\s+(?:sign\s+in|prove|apply)|by\s+post|in\s+person)\b/i;
const NOT_A_QUESTION = /\b(?:se\s+souvenir|rester\s+connect|afficher|remember|keep\s+me|show)\b/i;

export default defineRule({
  id: 'digital-identity-only',
  scope: 'page',
  impact: 'critical',
  tags: ['cat.balise'],
  barriers: ['digital-identity-required'],
  text: {
    fr: {
      description: "Une identité numérique (FranceConnect, itsme, eID…) n’est pas le seul moyen d’entrer dans la démarche.",
      help: "FranceConnect, itsme ou l’eID demandent un smartphone, une application ou un lecteur de carte : proposez-les à côté d’autres moyens d’entrer.",
      messages: {
        statedOnly: 'La page dit que seule une identité numérique permet d’entrer : « {wording} ».',
        onlyWayShown: 'Le seul moyen d’entrer montré sur cette page est {schemes} : vérifiez s’il existe une autre voie (identifiant et mot de passe, courrier, guichet).',
      },
    },
    en: {
      description: 'A digital identity (FranceConnect, itsme, eID…) is not the only way into the procedure.',
      help: 'FranceConnect, itsme or the eID need a smartphone, an app or a card reader: offer them next to other ways in.',
      messages: {
        statedOnly: 'The page says only a digital identity lets people in: "{wording}".',
        onlyWayShown: 'The only way in shown on this page is {schemes}: check whether another route exists (user name and password, post, counter).',
      },
    },
  },
  evaluatePage(doc) {
    const units = searchableBlocks(doc);
    const pageText = units.map((u) => u.text).join(' ');
    const schemes = SCHEMES.filter(([, re]) => re.test(pageText)).map(([name]) => name);
    const controls = queryDeep(doc, 'a[href], button, [role=button], .fr-connect, input[type=radio], input[type=submit]').filter((c) => !isHidden(c));
    // A product name in the site header ("GOV.UK Verify") is not a way in; a FranceConnect button is, wherever it sits.
    const identityControls = controls.filter(
      (c) =>
        (ANY_SCHEME.test(controlName(c)) && !c.closest('header, nav, footer, [role=banner], [role=contentinfo]')) ||
        /franceconnect|itsme|csam/i.test(`${c.className} ${c.getAttribute('href') ?? ''}`),
    );
    if (identityControls.length === 0) return [];
    const element = identityControls[0]!;
    const evidence = { schemes: schemes.join(', '), identityControls: identityControls.length };
    const only = findInText(units, ONLY, 1)[0];
    if (only) return [{ element: only.element, outcome: fail('statedOnly', { wording: only.match }, { ...evidence, wording: only.match }) }];
    const otherWay = otherWayIn(doc, identityControls) ?? OTHER_WAY.exec(pageText)?.[0];
    if (otherWay) return [{ element, outcome: pass({ ...evidence, otherWay }) }];
    return [{ element, outcome: review('onlyWayShown', { schemes: schemes.join(', ') || 'FranceConnect' }, evidence) }];
  },
});

function controlName(control: Element): string {
  return control.localName === 'input' ? labelOf(control) || (control.getAttribute('value') ?? '') : linkText(control);
}

/** A password field, or a visible question that is not a digital identity choice, is another way in. */
function otherWayIn(doc: Document, identityControls: Element[]): string | undefined {
  if (queryDeep(doc, 'input[type=password]').some((f) => !isHidden(f))) return 'password';
  const question = queryDeep(doc, FIELD_SELECTOR).find((f) => {
    if (isHidden(f) || identityControls.includes(f) || f.closest('header, nav, footer, [role=search]')) return false;
    if (/^(?:search|checkbox)$/i.test(f.getAttribute('type') ?? '')) return false;
    const label = labelOf(f);
    return label !== '' && !ANY_SCHEME.test(label) && !NOT_A_QUESTION.test(label);
  });
  return question ? labelOf(question) : undefined;
}
