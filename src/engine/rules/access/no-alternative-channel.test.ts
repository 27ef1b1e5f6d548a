import { describe, expect, it } from 'vitest';
import { runRules } from '../run-rules';
import noAlternativeChannel from './no-alternative-channel';

function message(body: string, lang: 'fr' | 'en'): string {
  document.documentElement.setAttribute('lang', lang);
  document.body.innerHTML = body;
  const out = runRules(document, [noAlternativeChannel], { lang, profile: 'general' });
  const node = out.incomplete[0]?.nodes[0];
  expect(node, 'a finding to review').toBeDefined();
  return [...(node?.any ?? []), ...(node?.all ?? [])].map((c) => c.message).join(' ') || node?.failureSummary || '';
}

describe('no alternative channel: online help only', () => {
  const page = '<main><h1>Demande</h1><p><a href="/contact">Nous contacter</a></p><p>Écrivez-nous : aide@example.fr</p></main>';

  it('says in words which online help the page shows, with no internal code and no link it does not give', () => {
    const fr = message(page, 'fr');
    expect(fr).toMatch(/^La page ne propose que de l’aide en ligne : /);
    expect(fr).toMatch(/une page ou un formulaire de contact\./);
    expect(fr).not.toMatch(/contact-page|\(email\)|suivez ce lien/);
    const en = message(page, 'en');
    expect(en).toMatch(/^The page only offers online help: /);
    expect(en).not.toMatch(/contact-page|\(email\)|follow it/);
  });
});
