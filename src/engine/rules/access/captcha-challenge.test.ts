import { describe, expect, it } from 'vitest';
import { runRules } from '../run-rules';
import captchaChallenge from './captcha-challenge';

function run(body: string, lang: 'fr' | 'en') {
  document.documentElement.setAttribute('lang', lang);
  document.body.innerHTML = `<main><form>${body}<button type="submit">OK</button></form></main>`;
  const out = runRules(document, [captchaChallenge], { lang, profile: 'general' });
  const nodes = (bucket: 'violations' | 'incomplete') => out[bucket].flatMap((r) => r.nodes.map((n) => [n.target.join(' '), n.failureSummary]));
  return { fail: nodes('violations'), review: nodes('incomplete') };
}

const IMG = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="120" height="40">';

describe('captcha-challenge: an image to copy, with the instruction next to the field', () => {
  // The bundled sample page's captcha.
  const sample = (extra = '') => `<div class="champ">
    <p class="mention">Sécurité : cochez la case « Je ne suis pas un robot » puis recopiez les caractères de l'image.</p>
    ${IMG}<label for="captcha">Caractères de l'image *</label><input id="captcha" name="captcha" type="text" required>${extra}</div>`;

  it('is certain in French, quoting the instruction', () => {
    expect(run(sample(), 'fr')).toEqual({
      fail: [['#captcha', "Le champ « Caractères de l'image * » demande de recopier les caractères d’une image (« Sécurité : cochez la case « Je ne suis pas un robot » puis recopiez les caractères de l'image »), sans version audio ni autre moyen proposé (captcha)."]],
      review: [],
    });
  });

  it('is certain in English, from the label alone or from a field named captcha', () => {
    for (const field of ['<label for="c">Characters in the image</label><input id="c" required>', '<label for="c">Security check</label><input id="c" name="captcha_code" required>']) {
      const result = run(`<div><p>Type the characters you see in the picture.</p>${IMG}${field}</div>`, 'en');
      expect(result.fail).toEqual([['#c', expect.stringMatching(/^The field ".+" asks to copy the characters of an image \("Type the characters you see in the picture"\), with no audio version or other way offered \(captcha\)\.$/)]]);
    }
  });

  it('keeps needing review when an audio version or another way is offered', () => {
    for (const extra of ['<a href="#audio">Écouter le code</a>', '<button type="button">Version audio</button>', '<a href="/contact">Autre moyen de vérification</a>']) {
      const result = run(sample(extra), 'fr');
      expect(result.fail, extra).toEqual([]);
      expect(result.review, extra).toHaveLength(1);
    }
    const english = run(`<div><p>Type the characters you see in the picture.</p>${IMG}<label for="c">Characters in the image</label><input id="c" required><a href="#a">Listen to an audio challenge</a></div>`, 'en');
    expect(english.fail).toEqual([]);
  });

  it('is not certain without the image or without the instruction in the field’s block', () => {
    expect(run(sample().replace(IMG, ''), 'fr').fail).toEqual([]);
    const noInstruction = `<div>${IMG}<label for="captcha">Caractères de l'image</label><input id="captcha" name="captcha" required></div>`;
    expect(run(noInstruction, 'fr').fail).toEqual([]);
    const elsewhere = `<div><p>Recopiez les caractères de l'image.</p></div><div><label for="x">Nom de famille</label><input id="x" name="nom" required>${IMG}</div>`;
    expect(run(elsewhere, 'fr').fail).toEqual([]);
  });
});
