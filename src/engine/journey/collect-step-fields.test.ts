import { describe, expect, it } from 'vitest';
import { collectStepFields } from './collect-step-fields';
import { collectStepSignals } from './collect-step-signals';

function fieldsOf(html: string) {
  document.body.innerHTML = html;
  return collectStepFields(document);
}

describe('collectStepFields', () => {
  it('lists visible questions with label, meaning, autocomplete and required-ness, never values', () => {
    const fields = fieldsOf(`
      <label for="mail">Adresse électronique (obligatoire)</label><input id="mail" name="mail" type="email" autocomplete="email" required value="SENTINEL-VALUE">
      <label for="tel">Téléphone portable</label><input id="tel" name="tel" type="tel" autocomplete="mobile tel">
      <label for="iban">IBAN</label><input id="iban" name="iban">
      <label for="avis">Avis d'imposition 2024</label><input id="avis" type="file" name="avis" required>
      <input type="hidden" name="token" value="x"><input name="gone" hidden><input name="off" disabled><input name="ro" readonly>
      <textarea name="note" aria-label="Commentaire"></textarea>`);
    (document.querySelector('#iban') as HTMLInputElement).value = 'FR76 SENTINEL';
    expect(fields.map((f) => f.label)).toEqual(['Adresse électronique (obligatoire)', 'Téléphone portable', 'IBAN', "Avis d'imposition 2024", 'Commentaire']);
    const [mail, tel, iban, avis, note] = fields;
    expect(mail).toMatchObject({ normalizedLabel: 'adresse electronique', concept: 'email', autocomplete: 'email', type: 'email', required: true, name: 'mail', lookUp: false, upload: false, target: ['#mail'] });
    expect(tel).toMatchObject({ concept: 'mobile-phone', autocomplete: 'mobile tel', required: false });
    expect(iban).toMatchObject({ concept: 'iban', lookUp: true });
    expect(avis).toMatchObject({ upload: true, lookUp: false, alreadyKnown: 'tax-notice', required: true });
    expect(note).toMatchObject({ tag: 'textarea', concept: null });
    expect(JSON.stringify(collectStepFields(document))).not.toContain('SENTINEL');
  });

  it('does not take a phone field that accepts a landline, or only prefers a mobile, for a mobile', () => {
    const labels = ['Numéro de téléphone, de préférence un mobile', 'Téléphone fixe ou portable', 'Phone number, preferably a mobile', 'Mobile or landline number', 'Home or mobile phone number', 'Téléphone portable', 'Mobile phone number'];
    const fields = fieldsOf(labels.map((label, i) => `<label for="t${i}">${label}</label><input id="t${i}" type="tel" required>`).join(''));
    expect(fields.map((f) => f.concept)).toEqual(['phone', 'phone', 'phone', 'phone', 'phone', 'mobile-phone', 'mobile-phone']);
  });

  it('counts a radio group and a date in parts as one question each, named by the legend', () => {
    const fields = fieldsOf(`
      <fieldset><legend>Situation familiale</legend>
        <label><input type="radio" name="sit" value="a" required> Célibataire</label><label><input type="radio" name="sit" value="b"> Marié</label></fieldset>
      <fieldset><legend>Date de naissance</legend>
        <input id="dob-day" name="dob-day" autocomplete="bday-day"><input id="dob-month" name="dob-month" autocomplete="bday-month"><input id="dob-year" name="dob-year" autocomplete="bday-year"></fieldset>`);
    expect(fields).toHaveLength(2);
    expect(fields[0]).toMatchObject({ label: 'Situation familiale', type: 'radio', required: true });
    expect(fields[1]).toMatchObject({ label: 'Date de naissance', concept: 'birth-date', autocomplete: 'bday-day' });
  });

  it('knows whose information a field asks, from its legend or the heading above it', () => {
    const fields = fieldsOf(`
      <fieldset><legend>Demandeur</legend><label for="n1">Nom</label><input id="n1"></fieldset>
      <fieldset><legend>Conjoint</legend><label for="n2">Nom</label><input id="n2"></fieldset>
      <h2>Enfant 2</h2><label for="n3">Prénom</label><input id="n3">
      <h2>Your partner</h2><label for="n4">Last name</label><input id="n4">`);
    expect(fields.map((f) => [f.concept, f.subject, f.section])).toEqual([
      ['family-name', 'applicant', 'Demandeur'],
      ['family-name', 'partner', 'Conjoint'],
      ['given-name', 'child:2', 'Enfant 2'],
      ['family-name', 'partner', 'Your partner'],
    ]);
  });

  it('marks "confirm your e-mail" as a confirmation of the field above, not a new question', () => {
    const fields = fieldsOf(`<label for="a">E-mail</label><input id="a" type="email"><label for="b">Confirmez votre e-mail</label><input id="b" type="email">
      <label for="c">Confirm email address</label><input id="c">`);
    expect(fields.map((f) => f.confirmation)).toEqual([false, true, true]);
    expect(fieldsOf('<label for="c">Confirmation de votre choix</label><input id="c">')[0]!.confirmation).toBe(false);
  });
});

describe('collectStepSignals', () => {
  it('finds back, save, summary, confirmation, reference, errors and the indicator', () => {
    document.body.innerHTML = `<a class="govuk-back-link" href="/prev">Retour</a><div class="govuk-error-summary" role="alert"><h2>Il y a un problème</h2></div>
      <p class="fr-stepper__state">Étape 2 sur 4</p><button>Enregistrer et continuer plus tard</button>`;
    expect(collectStepSignals(document)).toEqual({ back: true, save: true, summary: false, confirmation: false, reference: false, errorSummary: true, indicator: { current: 2, total: 4 } });
    document.body.innerHTML = '<h1>Check your answers</h1><p>Question 3 of 10</p><button>Continue</button>';
    expect(collectStepSignals(document)).toMatchObject({ back: false, save: false, summary: true, indicator: { current: 3, total: 10 } });
    document.body.innerHTML = '<div class="fr-stepper"><div class="fr-stepper__steps" data-fr-current-step="3" data-fr-steps="5"></div></div><button>Enregistrer</button>';
    expect(collectStepSignals(document)).toMatchObject({ save: false, indicator: { current: 3, total: 5 } });
  });

  it('does not read an alert that says nothing, nor an invalid mark without a message, as an error summary', () => {
    document.body.innerHTML = '<div role="alert"></div><input aria-invalid="true"><p role="alert">Cookies enregistrés</p>';
    expect(collectStepSignals(document).errorSummary).toBe(false);
  });
});
