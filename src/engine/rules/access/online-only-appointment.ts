import { defineRule, fail, pass, review } from '../../model/rule';
import { findContactChannels } from '../../dom/contact-signals';
import { linkText } from '../../dom/page-text';
import { queryDeep } from '../../dom/query-deep';
import { findInText, searchableBlocks } from '../../dom/text-search';

/**
 * Appointments that can only be booked online, often with too few slots, shut out the people who
 * need a counter most. The page saying so is a violation; an online booking with no phone or
 * walk-in route on this page, or "no slots available", needs review.
 */
const BOOKING_HOSTS = /(?:^|[./])(?:doctolib\.fr|rdv-solidarites\.fr|rdv\.anct\.gouv\.fr|rdv-aide-numerique\.fr|clicrdv\.com|synbird\.com|rendezvousonline\.fr|calendly\.com|smartagenda\.fr|prendrerdv\.fr|rdv360\.com|timify\.com|qmatic\.cloud|booking\.qmatic\.com)/i;
const BOOKING_WORDING = /\b(?:prendre\s+(?:un\s+)?rendez-vous\s+en\s+ligne|prise\s+de\s+rendez-vous\s+en\s+ligne|r[ée]server\s+(?:un\s+)?cr[ée]neau|choisi(?:r|ssez)\s+(?:un\s+)?cr[ée]neau|book\s+(?:an\s+)?appointment(?:\s+online)?|online\s+booking|make\s+an\s+appointment\s+online|choose\s+a\s+(?:time\s+)?slot)\b/i;
const NO_SLOTS = /\b(?:aucun\s+cr[ée]neau\s+(?:n['’]est\s+)?disponible|(?:il\s+n['’]y\s+a\s+)?plus\s+de\s+cr[ée]neaux?\s+disponibles?|pas\s+de\s+cr[ée]neau\s+disponible|no\s+(?:appointments?|slots|time\s+slots)\s+(?:are\s+)?(?:currently\s+)?available|no\s+available\s+(?:appointments|slots))\b/i;
const ONLY_ONLINE = /\brendez-vous\b[^.]{0,60}\b(?:uniquement|exclusivement|seulement)\s+en\s+ligne\b|\b(?:uniquement|exclusivement|seulement)\s+(?:sur|par)\s+rendez-vous\s+(?:pris\s+)?en\s+ligne\b|\bappointments?\b[^.]{0,40}\bonly\b[^.]{0,20}\bonline\b|\bonly\s+(?:be\s+)?(?:booked|made)\s+online\b/i;
const OTHER_ROUTE = /\b(?:(?:par|au)\s+t[ée]l[ée]phone|en\s+appelant|sur\s+place|au\s+guichet|sans\s+rendez-vous|by\s+(?:phone|telephone|calling)|in\s+person|walk-in|without\s+an\s+appointment)\b/i;

export default defineRule({
  id: 'online-only-appointment',
  scope: 'page',
  impact: 'serious',
  tags: ['cat.balise'],
  barriers: ['online-only-appointment'],
  text: {
    fr: {
      description: 'Un rendez-vous peut se prendre autrement qu’en ligne (téléphone, sur place).',
      help: 'Les personnes qui ont le plus besoin d’un guichet sont celles qui ne peuvent pas réserver en ligne : proposez le téléphone ou l’accueil sans rendez-vous.',
      messages: {
        statedOnline: 'La page dit que les rendez-vous se prennent seulement en ligne : « {wording} ».',
        onlineBooking: 'La page propose un rendez-vous en ligne (« {wording} ») sans autre moyen de réserver indiqué ici : vérifiez s’il existe un numéro ou un accueil sans rendez-vous.',
        noSlots: 'La page indique qu’il n’y a pas de créneau (« {wording} ») : vérifiez s’il existe un autre moyen d’obtenir un rendez-vous.',
      },
    },
    en: {
      description: 'An appointment can be booked other than online (phone, in person).',
      help: 'The people who most need a counter are those who cannot book online: offer the phone or walk-in hours.',
      messages: {
        statedOnline: 'The page says appointments can only be booked online: "{wording}".',
        onlineBooking: 'The page offers online booking ("{wording}") and shows no other way to book here: check for a phone number or walk-in hours.',
        noSlots: 'The page says no slot is available ("{wording}"): check whether another way to get an appointment exists.',
      },
    },
  },
  evaluatePage(doc) {
    const units = searchableBlocks(doc);
    const only = findInText(units, ONLY_ONLINE, 1)[0];
    if (only) return [{ element: only.element, outcome: fail('statedOnline', { wording: only.match }, { wording: only.match }) }];

    const widget = queryDeep(doc, 'iframe[src], script[src], a[href]').find((e) => BOOKING_HOSTS.test(e.getAttribute('src') ?? e.getAttribute('href') ?? ''));
    const wording = findInText(units, BOOKING_WORDING, 1)[0];
    const noSlots = findInText(units, NO_SLOTS, 1)[0];
    if (!widget && !wording && !noSlots) return [];

    const element = widget ?? wording?.element ?? noSlots!.element;
    const said = wording?.match ?? (widget ? linkText(widget) || widget.localName : noSlots!.match);
    const pageText = units.map((u) => u.text).join(' ');
    const otherRoute = OTHER_ROUTE.exec(pageText)?.[0] ?? findContactChannels(doc).find((s) => s.channel === 'phone')?.found;
    const evidence = { booking: said, widget: widget ? widget.localName : null, noSlots: noSlots?.match ?? null, otherRoute: otherRoute ?? null };
    if (noSlots) return [{ element: noSlots.element, outcome: review('noSlots', { wording: noSlots.match }, evidence) }];
    if (otherRoute) return [{ element, outcome: pass(evidence) }];
    return [{ element, outcome: review('onlineBooking', { wording: said }, evidence) }];
  },
});
