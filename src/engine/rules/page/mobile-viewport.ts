import { defineRule, fail, pass, review } from '../../model/rule';

/**
 * Without <meta name="viewport" content="width=device-width">, phones lay the page out at about
 * 980 px and shrink it: text too small to read without zooming and panning (RGAA 10.11, WCAG
 * 1.4.10). Missing: certain, fail. A fixed width (width=1024): the page is built for one size,
 * needs review. Zoom blocked (user-scalable=no, maximum-scale under 2) is axe-core's meta-viewport
 * rule: not repeated here.
 */
export default defineRule({
  id: 'mobile-viewport',
  scope: 'page',
  impact: 'serious',
  tags: ['cat.balise', 'wcag21aa', 'wcag1410', 'RGAAv4'],
  barriers: ['not-mobile-friendly'],
  text: {
    fr: {
      description: 'La page s’adapte à la largeur d’un téléphone.',
      help: 'Ajoutez <meta name="viewport" content="width=device-width, initial-scale=1"> et une mise en page adaptative.',
      messages: {
        missing: 'La page ne déclare pas de viewport : sur un téléphone, elle s’affiche en réduction, texte illisible sans zoomer.',
        fixedWidth: 'Le viewport impose une largeur fixe ({content}) : la page ne s’adapte pas à l’écran du téléphone.',
      },
    },
    en: {
      description: 'The page adapts to the width of a phone.',
      help: 'Add <meta name="viewport" content="width=device-width, initial-scale=1"> and a responsive layout.',
      messages: {
        missing: 'The page declares no viewport: on a phone it is shown shrunk, the text unreadable without zooming.',
        fixedWidth: 'The viewport sets a fixed width ({content}): the page does not adapt to the phone screen.',
      },
    },
  },
  evaluatePage(doc) {
    const meta = doc.querySelector('meta[name="viewport" i]');
    if (!meta) return [{ outcome: fail('missing', {}, { viewport: null }) }];
    const content = (meta.getAttribute('content') ?? '').trim();
    const width = /(?:^|[,;\s])width\s*=\s*([^,;\s]+)/i.exec(content)?.[1]?.toLowerCase();
    const evidence = { viewport: content.slice(0, 120) };
    if (width && width !== 'device-width') return [{ element: meta, outcome: review('fixedWidth', { content }, evidence) }];
    if (!width && !/initial-scale/i.test(content)) return [{ element: meta, outcome: review('fixedWidth', { content }, evidence) }];
    return [{ element: meta, outcome: pass(evidence) }];
  },
});
