import { linkText } from './page-text';
import { queryDeep } from './query-deep';
import { once } from './read-once';
import { findInText, isFieldDescription, searchableBlocks, type SearchBlock } from './text-search';

/**
 * The ways to reach a public service other than its website. Offline channels (phone, postal
 * address, counter, paper form) are what people without internet need; online help (contact
 * form, e-mail, chat) is weaker evidence and is kept apart.
 */
export type ContactChannel = 'phone' | 'postal' | 'counter' | 'paper-form' | 'contact-page' | 'email' | 'chat';
export const OFFLINE_CHANNELS: readonly ContactChannel[] = ['phone', 'postal', 'counter', 'paper-form'];

export interface ContactSignal {
  channel: ContactChannel;
  element: Element;
  /** What was recognised, short: a phone number or the wording found. Page text, never a field value. */
  found: string;
}

// French and Belgian numbers, national and international (Belgium: 0X XXX XX XX, 0XX XX XX XX, 04XX XX XX XX). One separator kind per number, so a
// date "01 02 2023" is not read as a phone number; digits on either side rule out longer ids (SIRET).
const FR_NATIONAL = /(?<![\d+])0[1-9]([ .\-\u00a0]?)\d\d(?:\1\d\d){3}(?!\d)/;
const FR_FREEPHONE = /(?<![\d+])0[ \u00a0]?8\d\d(?:[ .\u00a0]?\d{3}){2}(?!\d)/;
const BE_NATIONAL = /(?<![\d+])(?:0[1-9][ ./\u00a0]\d{3}|0[1-9]\d[ ./\u00a0]\d\d|04\d\d[ ./\u00a0]?\d\d)(?:[ .\u00a0]?\d\d){2}(?![ .\u00a0/]?\d)/;
const INTERNATIONAL = /\+3[23][ \u00a0]?(?:\(0\)[ \u00a0]?)?[1-9](?:[ .\-/\u00a0]?\d){7,8}(?!\d)/;
/** French short numbers (39 39 Allô Service Public, 3646 Assurance maladie): only with a calling word just before. */
const SHORT_NUMBER = /(?<!\d)3\d[ \u00a0]?\d\d(?!\d|[ \u00a0]?(?:€|euros?|\d))/;
const CALL_CONTEXT = /(appel(?:ez|er)?|compos(?:ez|er)|t[ée]l[ée]phon\w*|t[ée]l\.?|num[ée]ro|call|phone|ring|☎|📞)\W{0,20}(?:le\s+|au\s+)?$/i;
const NOT_A_CONTACT = /(fax|t[ée]l[ée]copie|exemple|ex\.|e\.g\.|for example|format|par exemple)\W{0,25}$/i;

export const PHONE_PATTERNS: readonly RegExp[] = [INTERNATIONAL, FR_FREEPHONE, FR_NATIONAL, BE_NATIONAL];

// A street line: a number then a street word (French), or a Dutch street name then its number (Belgium).
const STREET = /\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|all[ée]e|quai|impasse|route|cours|chauss[ée]e|square|rond-point)\s+\S+/i;
const STREET_NL = /\b[A-Z][a-zé]+(?:straat|laan|plein|steenweg|weg)\s+\d{1,4}\b/;
// "Adresse postale" alone is usually the heading of a question about the person's own address.
const POSTAL_WORDING = /\b(?:par\s+(?:courrier|voie\s+postale|la\s+poste)|notre\s+adresse\s+postale|envoy(?:ez|er)\s+(?:votre|le|ce)\s+(?:dossier|formulaire|courrier)|by\s+post\b|write\s+to\s+us|postal\s+address|\bBP\s+\d+|\bCS\s+\d+)/i;
const COUNTER_WORDING = /\b(?:guichets?|sur\s+place|en\s+agence|accueil\s+du\s+public|permanences?|rendez-vous\s+physique|maison\s+france\s+services|france\s+services|espace\s+france\s+services|in\s+person|at\s+the\s+counter|visit\s+(?:us|our\s+office)|walk-in|drop-in)\b/i;
const PAPER_WORDING = /\b(?:cerfa(?:\s*n[°o]?\s*[\d*]+)?|formulaire\s+(?:papier|[àa]\s+imprimer|[àa]\s+t[ée]l[ée]charger)|version\s+papier|paper\s+(?:form|version|application)|(?:download|print)\s+(?:the|a)\s+form)\b/i;
const CONTACT_LINK = /^(?:nous\s+contacter|contactez-nous|contact(?:er)?|contact\s+us|aide\s+et\s+contact|besoin\s+d['’]aide\s*\?)$/i;
const CHAT_WORDING = /\b(?:chat(?:\s+en\s+ligne)?|tchat|live\s+chat|webchat|messagerie\s+instantan[ée]e|conseiller\s+en\s+ligne)\b/i;

/** Phone numbers a person can call, with their element. Numbers in field hints ("Exemple : 06…") and fax lines are left out. */
export function findPhoneNumbers(units: readonly SearchBlock[]): ContactSignal[] {
  const signals: ContactSignal[] = [];
  const seen = new Set<string>();
  const add = (element: Element, found: string) => {
    const key = found.replace(/\D/g, '');
    // A shorter pattern may match the start of a number a longer one already found.
    if ([...seen].some((k) => k.includes(key))) return;
    seen.add(key);
    signals.push({ channel: 'phone', element, found });
  };
  for (const pattern of PHONE_PATTERNS) {
    for (const m of findInText(units, pattern)) {
      if (NOT_A_CONTACT.test(m.before) || isFieldDescription(m.element)) continue;
      add(m.element, m.match);
    }
  }
  for (const m of findInText(units, SHORT_NUMBER)) {
    if (!CALL_CONTEXT.test(m.before) || NOT_A_CONTACT.test(m.before) || isFieldDescription(m.element)) continue;
    add(m.element, m.match);
  }
  return signals;
}

/** Every contact channel the page shows, at most a few per kind. */
export function findContactChannels(doc: Document): readonly ContactSignal[] {
  // Three rules and a metric ask: read once per page read (read-once.ts).
  return once('contact-channels', doc, contactChannelsOf);
}

function contactChannelsOf(doc: Document): ContactSignal[] {
  // Text inside a form describes its questions ("Adresse postale", "Exemple : 06…"), not the service's own channels.
  const units = searchableBlocks(doc).filter((u) => !isFieldDescription(u.element) && !u.element.closest('form'));
  const signals: ContactSignal[] = [];
  const firstOf = (channel: ContactChannel, patterns: readonly RegExp[], max = 3) => {
    for (const pattern of patterns) {
      for (const m of findInText(units, pattern, max)) {
        if (signals.filter((s) => s.channel === channel).length >= max) return;
        signals.push({ channel, element: m.element, found: m.match.trim() });
      }
    }
  };

  // happy-dom lacks the CSS `i` attribute flag, so schemes are matched here, case-insensitively.
  const links = queryDeep(doc, 'a[href]');
  const hrefIs = (re: RegExp) => links.filter((a) => re.test(a.getAttribute('href') ?? ''));
  const telLinks = hrefIs(/^\s*tel:/i);
  for (const link of telLinks.slice(0, 3)) signals.push({ channel: 'phone', element: link, found: linkText(link) || 'tel:' });
  if (telLinks.length === 0) signals.push(...findPhoneNumbers(units).slice(0, 3));

  const addresses = queryDeep(doc, 'address').filter((a) => (a.textContent ?? '').trim().length > 0);
  for (const address of addresses.slice(0, 2)) signals.push({ channel: 'postal', element: address, found: '<address>' });
  firstOf('postal', addresses.length === 0 ? [POSTAL_WORDING, STREET, STREET_NL] : [POSTAL_WORDING], 2);
  firstOf('counter', [COUNTER_WORDING], 2);
  firstOf('paper-form', [PAPER_WORDING], 2);
  for (const link of hrefIs(/\.pdf(?:[?#].*)?$/i)) {
    if (/cerfa|formulaire|form/i.test(linkText(link)) && !signals.some((s) => s.element === link)) {
      signals.push({ channel: 'paper-form', element: link, found: linkText(link) });
      break;
    }
  }

  const contactLink = links.find((a) => CONTACT_LINK.test(linkText(a)));
  if (contactLink) signals.push({ channel: 'contact-page', element: contactLink, found: linkText(contactLink) });
  const mailto = hrefIs(/^\s*mailto:/i)[0];
  if (mailto) signals.push({ channel: 'email', element: mailto, found: 'mailto:' });
  firstOf('chat', [CHAT_WORDING], 1);
  return signals;
}
