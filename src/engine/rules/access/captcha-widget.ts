import { defineRule, fail, review, type PageFinding } from '../../model/rule';
import { queryDeep } from '../../dom/query-deep';
import { isHidden } from '../../dom/field';

/**
 * Third-party captcha services, recognised by their widget class names and by the hosts their
 * scripts and iframes load from. reCAPTCHA and hCaptcha show puzzles (images, audio) that block
 * blind people, people with low literacy and older people: a visible widget is a violation.
 * Friendly Captcha and Cloudflare Turnstile, and reCAPTCHA v3 or invisible modes, usually run
 * without a puzzle but can fall back to one: they need review.
 */
interface Provider {
  name: string;
  classes: readonly string[];
  hosts: RegExp;
  /** Shows an image or audio puzzle by design. */
  puzzle: boolean;
}

const PROVIDERS: readonly Provider[] = [
  { name: 'reCAPTCHA', classes: ['g-recaptcha'], hosts: /(?:^|\.)(?:google\.com|recaptcha\.net|gstatic\.com)\/recaptcha|(?:^|\.)recaptcha\.net/i, puzzle: true },
  { name: 'hCaptcha', classes: ['h-captcha'], hosts: /(?:^|[./])hcaptcha\.com/i, puzzle: true },
  { name: 'Friendly Captcha', classes: ['frc-captcha'], hosts: /(?:^|[./])(?:friendlycaptcha\.(?:com|eu)|frcapi\.com)|friendly-challenge/i, puzzle: false },
  { name: 'Cloudflare Turnstile', classes: ['cf-turnstile'], hosts: /challenges\.cloudflare\.com\/turnstile/i, puzzle: false },
];

export default defineRule({
  id: 'captcha-widget',
  scope: 'page',
  impact: 'critical',
  tags: ['cat.balise', 'wcag22aa', 'wcag338', 'RGAA-1.5'],
  barriers: ['captcha'],
  text: {
    fr: {
      description: 'La page ne demande pas de prouver que l’on est un humain avec un captcha.',
      help: "Un captcha bloque les personnes aveugles, celles qui lisent difficilement et beaucoup de personnes âgées. Utilisez une protection invisible ou une alternative humaine (téléphone, guichet).",
      messages: {
        puzzle: 'La page affiche un captcha {provider}, qui peut demander de reconnaître des images ou d’écouter un code.',
        invisible: 'La page charge {provider} en mode invisible ou sans énigme : vérifiez si une énigme peut apparaître au moment d’envoyer.',
        noPuzzle: 'La page affiche {provider}, en principe sans énigme : vérifiez qu’il ne demande aucune action difficile.',
      },
    },
    en: {
      description: 'The page does not ask people to prove they are human with a captcha.',
      help: 'A captcha blocks blind people, people who read with difficulty and many older people. Use invisible protection or a human alternative (phone, counter).',
      messages: {
        puzzle: 'The page shows a {provider} captcha, which can ask to recognise images or listen to a code.',
        invisible: 'The page loads {provider} in invisible or puzzle-free mode: check whether a puzzle can appear on sending.',
        noPuzzle: 'The page shows {provider}, normally without a puzzle: check that it asks for no difficult action.',
      },
    },
  },
  evaluatePage(doc) {
    const findings: PageFinding[] = [];
    for (const provider of PROVIDERS) {
      const selector = provider.classes.map((c) => `.${c}`).join(', ');
      const widgets = queryDeep(doc, selector).filter((w) => !isHidden(w));
      const frames = queryDeep(doc, 'iframe[src]').filter((f) => provider.hosts.test(f.getAttribute('src') ?? '') && !isHidden(f));
      const scripts = queryDeep(doc, 'script[src]').filter((s) => provider.hosts.test(s.getAttribute('src') ?? ''));
      const evidence = { provider: provider.name, widgets: widgets.length, iframes: frames.length, scripts: scripts.length };
      const shown = widgets[0] ?? frames[0];
      if (shown) {
        const invisible = shown.getAttribute('data-size') === 'invisible';
        const key = !provider.puzzle ? 'noPuzzle' : invisible ? 'invisible' : 'puzzle';
        const outcome = key === 'puzzle' ? fail(key, { provider: provider.name }, evidence) : review(key, { provider: provider.name }, evidence);
        findings.push({ element: shown, outcome });
      } else if (scripts[0]) {
        findings.push({ element: scripts[0], outcome: review('invisible', { provider: provider.name }, evidence) });
      }
    }
    return findings;
  },
});
