import { describe, expect, it } from 'vitest';
import { runRules } from '../run-rules';
import unclearErrorMessage from './unclear-error-message';

function outcome(message: string, lang: 'fr' | 'en'): 'fail' | 'pass' | 'none' {
  document.documentElement.setAttribute('lang', lang);
  document.body.innerHTML = `<label for="a">Champ</label><input id="a" aria-describedby="e"><p id="e" class="fr-error-text">${message}</p>`;
  const out = runRules(document, [unclearErrorMessage], { lang, profile: 'general' });
  return out.violations.length > 0 ? 'fail' : out.passes.length > 0 ? 'pass' : 'none';
}

describe('unclear error messages', () => {
  it.each([
    ['Saisie invalide', 'fr'],
    ['Erreur', 'fr'],
    ['Ce champ est invalide', 'fr'],
    ['Le champ est invalide.', 'fr'],
    ['Veuillez saisir une valeur valide.', 'fr'],
    ['Merci de saisir une valeur correcte', 'fr'],
    ['Invalid input', 'en'],
    ['Please enter a valid value.', 'en'],
    ['Enter a valid value', 'en'],
  ] as const)('"%s" does not say what to fix', (message, lang) => {
    expect(outcome(message, lang)).toBe('fail');
  });
  it.each([
    ['Saisissez une date au format JJ/MM/AAAA, par exemple 14/07/1960', 'fr'],
    ['Le code postal doit avoir 5 chiffres', 'fr'],
    ['Enter a date of birth, for example 12 03 1960', 'en'],
    ['Enter a valid UK postcode, like AA1 1AA', 'en'],
    // Judged on the masked text: what the message repeats of the input is gone, its wording stays.
    ['« 12/13/2020 » n\'est pas une date valide', 'fr'],
    ['"jean.dupont@exemple" is not a valid email address', 'en'],
    ["La valeur 'Dupont' est trop longue", 'fr'],
  ] as const)('"%s" says what to fix', (message, lang) => {
    expect(outcome(message, lang)).toBe('pass');
  });

  it('quotes a message without the value it repeats', () => {
    document.documentElement.setAttribute('lang', 'fr');
    document.body.innerHTML = `<input id="a" aria-describedby="e"><p id="e" class="fr-error-text">Erreur : « 12/13/2020 » saisie invalide</p>`;
    const out = runRules(document, [unclearErrorMessage], { lang: 'fr', profile: 'general' });
    const quoted = JSON.stringify(out);
    expect(quoted).toContain('« […] » saisie invalide');
    expect(quoted).not.toContain('12/13/2020');
  });
});
