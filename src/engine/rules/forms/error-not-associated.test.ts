import { describe, expect, it } from 'vitest';
import { runRules } from '../run-rules';
import errorNotAssociated from './error-not-associated';

describe('error messages tied to no field', () => {
  it('quote a long message cut on a word, and say it is cut', () => {
    const message =
      'Le numéro de téléphone que vous avez indiqué ne correspond pas au format attendu pour un numéro français, qui commence par 0 et compte dix chiffres en tout.';
    document.documentElement.setAttribute('lang', 'fr');
    document.body.innerHTML = `<label for="a">Téléphone</label><input id="a"><p class="fr-error-text">${message}</p>`;
    const out = runRules(document, [errorNotAssociated], { lang: 'fr', profile: 'general' });
    const quoted = out.incomplete[0]!.nodes[0]!.failureSummary!.match(/« (.*) »/u)![1]!;
    expect(quoted.endsWith('…')).toBe(true);
    expect(message.startsWith(quoted.slice(0, -1))).toBe(true);
    expect(message[quoted.length - 1]).toBe(' ');
  });
});
