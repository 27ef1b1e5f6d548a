import { defineRule, pass, review, type PageFinding } from '../../model/rule';
import { findContactChannels, OFFLINE_CHANNELS } from '../../dom/contact-signals';

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
        onlineOnly: 'La page ne montre que de l’aide en ligne ({channels}) : suivez ce lien pour voir si un téléphone, un guichet ou une adresse postale sont proposés.',
        none: 'La page ne montre ni téléphone, ni guichet, ni adresse postale, ni formulaire papier. Vérifiez les pages « Contact » et d’accueil du service.',
      },
    },
    en: {
      description: 'The page gives a way to do the procedure or get help without internet: phone, counter, post or paper form.',
      help: 'People without internet, or not at ease with it, need a phone number, a counter, a postal address or a paper form.',
      messages: {
        onlineOnly: 'The page only shows online help ({channels}): follow it to see whether a phone line, a counter or a postal address is offered.',
        none: 'The page shows no phone number, counter, postal address or paper form. Check the service’s contact and home pages.',
      },
    },
  },
  evaluatePage(doc) {
    const signals = findContactChannels(doc);
    const offline = signals.filter((s) => OFFLINE_CHANNELS.includes(s.channel));
    if (offline.length > 0) {
      return offline.map((s): PageFinding => ({ element: s.element, outcome: pass({ channel: s.channel, found: s.found }) }));
    }
    if (signals.length > 0) {
      const channels = [...new Set(signals.map((s) => s.channel))].join(', ');
      return [{ outcome: review('onlineOnly', { channels }, { channels }) }];
    }
    return [{ outcome: review('none', {}, { channels: '' }) }];
  },
});
