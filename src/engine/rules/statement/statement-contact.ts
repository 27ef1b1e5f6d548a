import { linkText } from '../../dom/page-text';
import { collapseWhitespace } from '../../dom/collapse-whitespace';
import { inErrorRegion } from '../../dom/error-messages';
import { redactUrl } from '../../dom/redact-url';
import { BARE_EMAIL } from '../../privacy/bare-email';
import { isMailProvider } from '../../privacy/mail-providers';

/**
 * Where to write to the service about accessibility, as far as the page itself says: the address
 * of its accessibility statement, and an accessibility contact (e-mail or contact form) when the
 * page shows one. This is what a filing to the service is sent to (report/filing/service-contact).
 *
 * Privacy: the runner masks every e-mail address quoted from a page, because a page can repeat
 * the person's own (DOMAIN.md §5). The service's accessibility contact is not the person's data,
 * but it is only taken from a link the page's authors wrote (mailto:), outside forms and error
 * messages (where a person's input is echoed), only when the link, its address or its own list
 * item or paragraph speaks of accessibility, and only when the address belongs to the service's
 * own domain (the page's or the statement's): a recap page can show the person's own address
 * beside the word "accessibilité" or a disability, but not at the service's domain, and never at
 * a mail provider's (a commune hosted at mairie-x.free.fr does not own free.fr addresses).
 * "Handicap" is not an accessibility word here, for that reason. The price: a contact at a sister
 * domain (cnaf.fr for a caf.fr page) or at a provider is not taken, and the filing falls back on
 * the statement's address. Addresses are redacted like every URL in a
 * report: origin and path, never a query string.
 */
const ACCESSIBILITY = /accessibilit|accessibility|a11y|toegankelijk|\bRGAA\b/i;
/** Suffixes under which each organisation has its own third label (service-public.gouv.fr, not gouv.fr). */
const SHARED_SUFFIXES = new Set(['gouv.fr', 'gov.uk', 'co.uk', 'org.uk', 'ac.uk', 'nhs.uk', 'fgov.be', 'belgium.be', 'asso.fr', 'com.fr']);
const CONTACT_WORDING = /contact|signal|formulaire|[ée]crire|[ée]crivez|report|feedback|form\b|write/i;

type StatementContact = {
  statementUrl?: string;
  contactEmail?: string;
  contactUrl?: string;
};

export function findStatementContact(doc: Document, statementLink: HTMLAnchorElement | undefined): StatementContact {
  const contact: StatementContact = {};
  const statementUrl = statementLink ? webAddress(statementLink, doc) : undefined;
  if (statementUrl) contact.statementUrl = statementUrl;
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => !a.closest('form') && !inErrorRegion(a));
  for (const link of links) {
    const href = link.getAttribute('href') ?? '';
    if (!contact.contactEmail && /^\s*mailto:/i.test(href)) {
      const address = mailtoAddress(href);
      if (address && isServiceDomain(address, doc, statementUrl) && (ACCESSIBILITY.test(address.split('@')[0]!) || speaksOfAccessibility(link))) {
        contact.contactEmail = address;
      }
    } else if (!contact.contactUrl && link !== statementLink && CONTACT_WORDING.test(linkText(link)) && speaksOfAccessibility(link)) {
      const url = webAddress(link, doc);
      if (url && url !== contact.statementUrl) contact.contactUrl = url;
    }
  }
  return contact;
}

function speaksOfAccessibility(link: Element): boolean {
  const block = link.closest('li, p, dd, td');
  return ACCESSIBILITY.test(linkText(link)) || (block !== null && ACCESSIBILITY.test(collapseWhitespace(block.textContent ?? '')));
}

function isServiceDomain(address: string, doc: Document, statementUrl: string | undefined): boolean {
  const host = address.split('@')[1]!;
  if (isMailProvider(host)) return false;
  const domain = organisationDomain(host);
  return [doc.URL, statementUrl].some((url) => {
    try {
      return url !== undefined && organisationDomain(new URL(url).hostname) === domain;
    } catch {
      return false;
    }
  });
}

function organisationDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const lastTwo = labels.slice(-2).join('.');
  return SHARED_SUFFIXES.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

function mailtoAddress(href: string): string | undefined {
  let address = href.trim().slice('mailto:'.length).split('?')[0]!.split(',')[0]!;
  try {
    address = decodeURIComponent(address);
  } catch {
    return undefined;
  }
  address = address.trim();
  return BARE_EMAIL.test(address) ? address : undefined;
}

/** A web address other than this page itself (an in-page anchor names no statement page). */
function webAddress(link: HTMLAnchorElement, doc: Document): string | undefined {
  let url: URL;
  try {
    url = new URL(link.getAttribute('href') ?? '', doc.baseURI);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  try {
    const page = new URL(doc.URL);
    if (page.origin === url.origin && page.pathname === url.pathname) return undefined;
  } catch {
    // A page without a usable address: keep the link's.
  }
  return redactUrl(url.href);
}
