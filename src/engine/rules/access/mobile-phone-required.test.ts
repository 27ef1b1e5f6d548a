import { describe, expect, it } from 'vitest';
import { runRules } from '../run-rules';
import mobilePhoneRequired from './mobile-phone-required';

function run(body: string, lang: 'fr' | 'en') {
  document.documentElement.setAttribute('lang', lang);
  document.body.innerHTML = `<form>${body}</form>`;
  const out = runRules(document, [mobilePhoneRequired], { lang, profile: 'general' });
  const summaries = (bucket: 'violations' | 'incomplete') => out[bucket].flatMap((r) => r.nodes.map((n) => n.failureSummary));
  return { fail: summaries('violations'), review: summaries('incomplete'), passes: out.passes.flatMap((r) => r.nodes).length };
}
const tel = (label: string, attrs = 'required') => `<label for="t">${label}</label><input id="t" name="t" type="tel" ${attrs}>`;
const text = (label: string) => `<label for="t">${label}</label><input id="t" name="t" required>`;

describe('mobile-phone-required', () => {
  it.each([
    ['fr', 'Téléphone (fixe ou portable) *'],
    ['fr', 'Téléphone (fixe ou mobile)'],
    ['fr', 'Numéro de téléphone portable ou fixe'],
    ['en', 'Phone (mobile or landline)'],
    ['en', 'Phone number (landline or mobile)'],
  ] as const)('%s: a required phone that accepts a landline ("%s") requires no mobile', (lang, label) => {
    for (const body of [tel(label), text(label)]) expect(run(body, lang)).toEqual({ fail: [], review: [], passes: 1 });
  });

  it('reads "fixe ou portable" in the hint too', () => {
    const body = '<label for="t">Téléphone</label><input id="t" type="tel" required aria-describedby="h"><p id="h">Fixe ou portable, 10 chiffres.</p>';
    expect(run(body, 'fr')).toEqual({ fail: [], review: [], passes: 1 });
  });

  it('needs review, saying why, when a mobile is only preferred', () => {
    expect(run(tel('Numéro de téléphone, de préférence un mobile'), 'fr').review).toEqual([
      'Le champ « Numéro de téléphone, de préférence un mobile » est obligatoire et demande de préférence un numéro de portable : vérifiez qu’un fixe est accepté.',
    ]);
    expect(run(tel('Téléphone (portable de préférence) *', ''), 'fr').review).toEqual([
      'Le champ « Téléphone (portable de préférence) * » demande de préférence un numéro de portable et semble obligatoire (asterisk) : vérifiez qu’un fixe est accepté.',
    ]);
    for (const label of ['Phone number (mobile preferred)', 'Phone number, preferably a mobile']) {
      expect(run(tel(label), 'en')).toEqual({ fail: [], review: [`The field "${label}" is required and prefers a mobile number: check that a landline is accepted.`], passes: 0 });
    }
  });

  it('keeps a field named as a mobile a certain violation', () => {
    expect(run(text('Téléphone portable (obligatoire)'), 'fr').fail).toEqual(['Le champ « Téléphone portable (obligatoire) » demande un numéro de portable et il est obligatoire.']);
    expect(run(tel('Numéro de mobile'), 'fr').fail).toHaveLength(1);
    expect(run(tel('Mobile'), 'en').fail).toEqual(['The field "Mobile" asks for a mobile number and is required.']);
    expect(run(tel('Téléphone portable *', 'aria-required="true"'), 'fr').fail).toHaveLength(1);
    // "No landline" names a landline, but does not accept one.
    expect(run(tel('Mobile number (not a landline)'), 'en').fail).toHaveLength(1);
  });
});
