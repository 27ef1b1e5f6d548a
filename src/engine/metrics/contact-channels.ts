import { findContactChannels } from '../dom/contact-signals';

/**
 * Which human ways to reach the service the page shows, as yes/no: the French Observatoire
 * rates reachable help by how many there are (2 or more human channels yes, 1 partial, 0 no).
 * The detection is the no-alternative-channel rule's own (dom/contact-signals), so a metric and
 * a finding never disagree.
 */
export interface ContactChannels {
  phone: boolean;
  postalAddress: boolean;
  counter: boolean;
  paperForm: boolean;
  emailOrForm: boolean;
  chat: boolean;
}

export function contactChannels(doc: Document): ContactChannels {
  const found = new Set(findContactChannels(doc).map((signal) => signal.channel));
  return {
    phone: found.has('phone'),
    postalAddress: found.has('postal'),
    counter: found.has('counter'),
    paperForm: found.has('paper-form'),
    emailOrForm: found.has('email') || found.has('contact-page'),
    chat: found.has('chat'),
  };
}
