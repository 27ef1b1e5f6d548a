/**
 * Domains where anyone can open a mailbox (French and Belgian internet and mail providers, and the
 * large international ones). An address there is a person's, even when a small commune's site is
 * hosted at the same domain (mairie-x.free.fr): it can never stand for the service.
 */
const MAIL_PROVIDERS = new Set([
  'aliceadsl.fr', 'aol.com', 'bbox.fr', 'club-internet.fr', 'free.fr', 'gmail.com', 'gmx.com', 'gmx.de', 'gmx.fr',
  'googlemail.com', 'hotmail.be', 'hotmail.com', 'hotmail.fr', 'icloud.com', 'laposte.net', 'live.be', 'live.com',
  'live.fr', 'mail.com', 'me.com', 'msn.com', 'neuf.fr', 'numericable.fr', 'orange.fr', 'outlook.be', 'outlook.com',
  'outlook.fr', 'proton.me', 'protonmail.com', 'proximus.be', 'scarlet.be', 'sfr.fr', 'skynet.be', 'telenet.be',
  'tutanota.com', 'voo.be', 'wanadoo.fr', 'yahoo.be', 'yahoo.com', 'yahoo.fr', 'yandex.com',
]);

export function isMailProvider(domain: string): boolean {
  return MAIL_PROVIDERS.has(domain.toLowerCase().replace(/\.$/, ''));
}
