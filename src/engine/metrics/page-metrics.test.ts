import { beforeEach, describe, expect, it } from 'vitest';
import { pageMetrics } from './page-metrics';

function load(html: string, lang = 'fr'): void {
  document.documentElement.setAttribute('lang', lang);
  document.head.innerHTML = '';
  document.body.innerHTML = html;
}

describe('pageMetrics', () => {
  beforeEach(() => load(''));

  it('counts fields, a radio group once, visible, required and optional', () => {
    load(`<form>
      <label for="a">Nom</label><input id="a" required>
      <label for="b">Courriel</label><input id="b" type="email">
      <fieldset><legend>Situation</legend>
        <input type="radio" name="s" id="s1" required><label for="s1">Salarié</label>
        <input type="radio" name="s" id="s2"><label for="s2">Autre</label></fieldset>
      <div hidden><input id="h" required></div>
      <input type="hidden" name="token"><button>Envoyer</button>
    </form>`);
    expect(pageMetrics(document).fields).toEqual({ total: 4, visible: 3, required: 2, optional: 1 });
  });

  it('counts uploads and names already-known items', () => {
    load(`<form>
      <label for="f">Numéro fiscal</label><input id="f">
      <label for="n">Numéro de sécurité sociale</label><input id="n">
      <label for="d">Justificatif de domicile</label><input id="d" type="file">
      <label for="p">Photo</label><input id="p" type="file">
      <input id="q" type="file" style="display:none">
    </form>`);
    const metrics = pageMetrics(document);
    expect(metrics.uploads).toBe(2);
    expect(metrics.hiddenUploads).toBe(1);
    expect(metrics.alreadyKnown).toEqual({ count: 3, items: ['tax-number', 'social-security-number', 'proof-of-address'] });
  });

  it('reads the name shown beside a field without a label, but not a paragraph or a group of fields', () => {
    load(`<form>
      <div class="champ">Numéro d'allocataire <input name="allocataire"></div>
      <div>Numéro fiscal <input name="a"> Numéro de sécurité sociale <input name="b"></div>
      <p>Votre numéro fiscal figure sur votre dernier avis d'impôt, en haut à gauche de la première page, sous votre nom et votre adresse. <input name="c"></p>
    </form>`);
    expect(pageMetrics(document).alreadyKnown).toEqual({ count: 1, items: ['caf-number'] });
  });

  it('reads the step indicator, or null', () => {
    load(`<div class="fr-stepper"><h2>Titre <span class="fr-stepper__state">Étape 2 sur 5</span></h2>
      <div class="fr-stepper__steps" data-fr-current-step="2" data-fr-steps="5"></div></div>`);
    expect(pageMetrics(document).stepIndicator).toEqual({ current: 2, total: 5 });
    load('<h1>Question 3 of 12</h1>', 'en');
    expect(pageMetrics(document).stepIndicator).toEqual({ current: 3, total: 12 });
    load('<p>Page 2 sur 10</p>');
    expect(pageMetrics(document).stepIndicator).toBeNull();
  });

  it('lists the ways in from controls, not from prose', () => {
    load(`<p>FranceConnect est proposé par l'État.</p>
      <form><label for="p">Mot de passe</label><input id="p" type="password"></form>`);
    expect(pageMetrics(document).authOptions).toEqual(['password']);
    load(`<button class="fr-connect"><span class="fr-connect__login">S’identifier avec</span> <span class="fr-connect__brand">FranceConnect</span></button>
      <a href="/itsme"><img src="itsme.svg" alt="Se connecter avec itsme"></a>
      <a href="/eid">Se connecter avec un lecteur de carte eID</a>`);
    expect((pageMetrics(document).authOptions as string[]).sort()).toEqual(['eid', 'franceconnect', 'itsme']);
  });

  it('reports the contact channels the page shows', () => {
    load(`<footer><p>Appelez le 01 23 45 67 89 du lundi au vendredi.</p>
      <address>Mairie, 12 rue de la Paix, 75002 Paris</address><a href="/contact">Nous contacter</a></footer>`);
    expect(pageMetrics(document).contactChannels).toMatchObject({ phone: true, postalAddress: true, emailOrForm: true, chat: false });
  });

  it('never reads what a person typed', () => {
    load(`<form><label for="a">Numéro fiscal</label><input id="a">
      <label for="t">Commentaire</label><textarea id="t">Étape 2 sur 4 numéro de sécurité sociale</textarea></form>`);
    (document.getElementById('a') as HTMLInputElement).value = '1234567890123';
    const text = JSON.stringify(pageMetrics(document));
    expect(text).not.toContain('1234567890123');
    expect(pageMetrics(document).stepIndicator).toBeNull();
    expect(pageMetrics(document).alreadyKnown).toEqual({ count: 1, items: ['tax-number'] });
  });

  it('leaves wording-based counts out on a page in another language', () => {
    load('<form><label for="a">Numéro fiscal</label><input id="a"></form>', 'nl');
    expect(pageMetrics(document).alreadyKnown).toEqual({ count: 0, items: [] });
    expect(pageMetrics(document).fields).toMatchObject({ total: 1, visible: 1 });
  });
});
