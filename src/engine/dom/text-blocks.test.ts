import { describe, expect, it } from 'vitest';
import { detectLang, textBlocks } from './text-blocks';

function blocks(html: string, lang: string | null = 'fr') {
  if (lang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', lang);
  document.body.innerHTML = html;
  return textBlocks(document).map((b) => ({ role: b.role, text: b.text, lang: b.lang }));
}

describe('textBlocks', () => {
  it('splits a DSFR field into label, hint and error, and keeps link and button text', () => {
    const found = blocks(`
      <h1>Votre identité</h1>
      <div class="fr-input-group fr-input-group--error">
        <label class="fr-label" for="n">Nom <span class="fr-hint-text">Tel qu'écrit sur votre pièce d'identité</span></label>
        <input id="n" class="fr-input" value="SECRET-VALUE">
        <p class="fr-error-text" id="n-err">Le champ est obligatoire</p>
      </div>
      <p>Lisez <a href="/aide">la notice</a> avant de commencer.</p>
      <button>Continuer</button><input type="submit" value="Envoyer">`);
    expect(found).toEqual([
      { role: 'heading', text: 'Votre identité', lang: 'fr' },
      { role: 'label', text: 'Nom', lang: 'fr' },
      { role: 'hint', text: "Tel qu'écrit sur votre pièce d'identité", lang: 'fr' },
      { role: 'error', text: 'Le champ est obligatoire', lang: 'fr' },
      { role: 'paragraph', text: 'Lisez la notice avant de commencer.', lang: 'fr' },
      { role: 'link', text: 'la notice', lang: 'fr' },
      { role: 'button', text: 'Continuer', lang: 'fr' },
      { role: 'button', text: 'Envoyer', lang: 'fr' },
    ]);
  });

  it('reads GOV.UK hints, legends and error summaries', () => {
    const found = blocks(`
      <div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert"><h2>There is a problem</h2><ul><li><a href="#x">Enter your name</a></li></ul></div></div>
      <fieldset aria-describedby="h"><legend>Where do you live?</legend><div id="h" class="govuk-hint">Select one option.</div></fieldset>
      <span class="govuk-error-message">Select where you live</span>`, 'en');
    expect(found.map((b) => [b.role, b.text])).toEqual([
      ['heading', 'There is a problem'],
      ['link', 'Enter your name'],
      ['legend', 'Where do you live?'],
      ['hint', 'Select one option.'],
      ['error', 'Select where you live'],
    ]);
  });

  it('never reads typed values, code samples, hidden text or our own UI', () => {
    const found = blocks(`
      <textarea>SECRET-1</textarea><select><option>SECRET-2</option></select>
      <div contenteditable="true">SECRET-3</div><div role="textbox">SECRET-4</div>
      <pre><code>&lt;p&gt;SAMPLE&lt;/p&gt;</code></pre><script>var SAMPLE</script><style>.SAMPLE{}</style>
      <p hidden>HIDDEN-1</p><p aria-hidden="true">HIDDEN-2</p><p style="display: none">HIDDEN-3</p>
      <div data-balise-ui>OURS</div><p>Visible</p>`);
    expect(found.map((b) => b.text)).toEqual(['Visible']);
  });

  it('takes the nearest lang, else the page lang, else a guess', () => {
    expect(blocks('<p>Bonjour</p><p lang="en-GB">Hello there</p><p lang="de">Guten Tag</p>').map((b) => b.lang)).toEqual(['fr', 'en', 'de']);
    expect(blocks('<p>Vous devez envoyer les documents avant la date.</p><p>You must send them.</p><p>Envoyer</p>', null).map((b) => b.lang)).toEqual(['fr', 'en', 'fr']);
    expect(blocks('<p>Sie müssen die Unterlagen vor dem Datum schicken, bitte.</p>', null).map((b) => b.lang)).toEqual(['other']);
  });

  it('keeps text split by nested blocks and <br> on separate lines', () => {
    expect(blocks('<div>Avant<p>Milieu</p>Après<br>Fin</div>').map((b) => b.text)).toEqual(['Avant\nAprès\nFin', 'Milieu']);
  });

  it('reads open shadow roots and survives empty, image-only and emoji pages', () => {
    document.body.innerHTML = '<div id="host"></div>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Dans le shadow DOM</p>';
    expect(textBlocks(document).map((b) => b.text)).toEqual(['Dans le shadow DOM']);
    expect(blocks('')).toEqual([]);
    expect(blocks('<img src="a.png" alt="Photo"><svg><text>x</text></svg>')).toEqual([]);
    expect(blocks('<p>🙂 👍🏽 \u200b\u0000 ‮texte‬</p>').map((b) => b.role)).toEqual(['paragraph']);
  });

  // How long it takes is measured by `npm run bench` (section b), not here.
  it('reads 20,000 words in 1,300 paragraphs as 1,300 blocks', () => {
    const para = '<p>Vous devez envoyer votre demande avant le premier jour du mois avec les pièces demandées.</p>';
    document.body.innerHTML = para.repeat(1300);
    const found = textBlocks(document);
    expect(found).toHaveLength(1300);
    expect(found.every((b) => b.role === 'paragraph' && b.lang === 'fr')).toBe(true);
  });
});

describe('detectLang', () => {
  it('needs a few function words', () => {
    expect(detectLang('Envoyer')).toBeNull();
    expect(detectLang('Vous pouvez le faire en ligne.')).toBe('fr');
    expect(detectLang('You can do it online.')).toBe('en');
    expect(detectLang('')).toBeNull();
  });
});
