import { defineRule, pass, review, type PageFinding } from '../../model/rule';
import { findContactChannels, OFFLINE_CHANNELS, type ContactChannel } from '../../dom/contact-signals';

/**
 * People without internet need a phone line, a counter, a postal address or a paper form. This
 * rule never says "violation": the channel may sit on another page of the service. A page that
 * shows one passes, with the channels as evidence; a page that only links to online help
 * (contact form, e-mail, chat) or shows nothing needs review.
 */
export default defineRule({
  id: 'no-alternative-channel',
  scope: 'page',
  impact: 'serious',
  tags: ['cat.balise'],
  barriers: ['no-alternative-channel'],
  text: {
    fr: {
      description: 'La page indique un moyen de faire la démarche ou d’avoir de l’aide sans internet : téléphone, guichet, courrier ou formulaire papier.',
      help: 'Les personnes sans internet ou peu à l’aise ont besoin d’un numéro de téléphone, d’un guichet, d’une adresse postale ou d’un formulaire papier.',
      messages: {
        onlineOnly: 'La page ne propose que de l’aide en ligne : {channels}. Vérifiez si le service donne ailleurs un téléphone, un guichet ou une adresse postale (pages « Contact » et d’accueil).',
        none: 'La page ne montre ni téléphone, ni guichet, ni adresse postale, ni formulaire papier. Vérifiez les pages « Contact » et d’accueil du service.',
      },
    },
    en: {
      description: 'The page gives a way to do the procedure or get help without internet: phone, counter, post or paper form.',
      help: 'People without internet, or not at ease with it, need a phone number, a counter, a postal address or a paper form.',
      messages: {
        onlineOnly: 'The page only offers online help: {channels}. Check whether the service gives a phone line, a counter or a postal address elsewhere (contact and home pages).',
        none: 'The page shows no phone number, counter, postal address or paper form. Check the service’s contact and home pages.',
      },
    },
  },
  evaluatePage(doc, ctx) {
    const signals = findContactChannels(doc);
    const offline = signals.filter((s) => OFFLINE_CHANNELS.includes(s.channel));
    if (offline.length > 0) {
      return offline.map((s): PageFinding => ({ element: s.element, outcome: pass({ channel: s.channel, found: s.found }) }));
    }
    if (signals.length > 0) {
      const found = [...new Set(signals.map((s) => s.channel))];
      const channels = found.map((c) => ONLINE_HELP[ctx.lang][c] ?? c).join(', ');
      return [{ outcome: review('onlineOnly', { channels }, { channels: found.join(', ') }) }];
    }
    return [{ outcome: review('none', {}, { channels: '' }) }];
  },
});

/** The message names the online help a person can look for; the evidence keeps the codes. */
const ONLINE_HELP: Readonly<Record<'fr' | 'en', Partial<Record<ContactChannel, string>>>> = {
  fr: { 'contact-page': 'une page ou un formulaire de contact', email: 'une adresse e-mail', chat: 'une discussion en ligne' },
  en: { 'contact-page': 'a contact page or form', email: 'an e-mail address', chat: 'an online chat' },
};
