import { describe, expect, it } from 'vitest';
import { runAudit } from '../run-audit';
import { textBlocks } from '../dom/text-blocks';

/*
 * Error messages that repeat what the person typed, in the places design systems put them (a
 * GOV.UK error summary and field message, a DSFR message, a Bootstrap message, an alert), audited
 * by every registered rule: the echoed values never reach the audit.
 */
const ECHOED = [/12\/13\/2020/, /jean\.dupont/i, /Dupont/, /Zorglub/i, /4711/];

const PAGES = {
  fr: `<html lang="fr"><body><main>
    <div class="govuk-error-summary" role="alert"><h2 class="govuk-error-summary__title">Il y a un problème</h2>
      <ul class="govuk-error-summary__list"><li><a href="#date">« 12/13/2020 » n'est pas une date valide</a></li>
      <li><a href="#nom">La valeur 'Dupont' est trop longue</a></li></ul></div>
    <h1>Votre demande</h1>
    <form>
      <label for="date">Date de naissance</label>
      <p id="date-error" class="govuk-error-message"><span class="govuk-visually-hidden">Erreur :</span> « 12/13/2020 » n'est pas une date valide</p>
      <input id="date" aria-describedby="date-error">
      <label for="nom">Nom</label>
      <p class="fr-error-text">La valeur 'Dupont' est trop longue</p>
      <input id="nom">
      <label for="courriel">Adresse e-mail</label>
      <div class="invalid-feedback">L'adresse e-mail "Zorglub" n'est pas valide</div>
      <input id="courriel" type="email">
      <label for="ref">Référence</label>
      <p role="alert">Aucun dossier ne porte le numéro 4711</p>
      <input id="ref">
      <button type="submit">Envoyer</button>
    </form></main></body></html>`,
  en: `<html lang="en"><body><main>
    <div class="govuk-error-summary" role="alert"><h2 class="govuk-error-summary__title">There is a problem</h2>
      <ul class="govuk-error-summary__list"><li><a href="#email">"jean.dupont@exemple" is not a valid email address</a></li>
      <li><a href="#date">The date 12/13/2020 does not exist</a></li></ul></div>
    <h1>Your application</h1>
    <form>
      <label for="email">Email address</label>
      <p id="email-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> "jean.dupont@exemple" is not a valid email address</p>
      <input id="email" aria-describedby="email-error">
      <label for="date">Date of birth</label>
      <p class="govuk-error-message">The date 12/13/2020 does not exist</p>
      <input id="date">
      <label for="nom">Last name</label>
      <p class="fr-error-text">'Dupont' is too long</p>
      <input id="nom">
      <button type="submit">Continue</button>
    </form></main></body></html>`,
};

function load(html: string): void {
  document.open();
  document.write(html);
  document.close();
}

describe.each(['fr', 'en'] as const)('%s: what an error message repeats of the input never reaches an audit', (lang) => {
  it('no finding message, evidence or metric holds an echoed value', async () => {
    load(PAGES[lang]);
    expect(document.documentElement.outerHTML).toMatch(/12\/13\/2020/);
    const audit = await runAudit(document, { lang, axe: false });
    const json = JSON.stringify(audit);
    for (const echoed of ECHOED) expect(json).not.toMatch(echoed);
    // The messages were read and judged: they name the problem, so the rule passes them, masked.
    const judged = audit.passes.find((r) => r.id === 'unclear-error-message');
    expect(judged?.nodes.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(judged)).toContain('[…]');
    expect(json).toContain(lang === 'fr' ? 'n\'est pas une date valide' : 'is not a valid email address');
  });

  it('error text blocks are masked before any rule reads them', () => {
    load(PAGES[lang]);
    const blocks = textBlocks(document);
    const text = blocks.map((b) => b.text).join('\n');
    for (const echoed of ECHOED) expect(text).not.toMatch(echoed);
    expect(text).toMatch(lang === 'fr' ? /« \[…\] » n'est pas une date valide/ : /"\[…\]" is not a valid email address/);
  });
});

it('an apostrophe in an error message is no quote: the message stays readable', () => {
  load(`<html lang="fr"><body><form><label for="c">Courriel</label><p class="fr-error-text">L'adresse e-mail n'est pas valide</p><input id="c"></form></body></html>`);
  expect(textBlocks(document).find((b) => b.role === 'error')?.text).toBe("L'adresse e-mail n'est pas valide");
});
