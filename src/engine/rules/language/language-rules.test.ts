import { describe, expect, it } from 'vitest';
import { runRules } from '../run-rules';
import { readabilityMetrics } from '../../metrics/readability-metrics';
import { findPassive } from './passive-instruction';
import { findInclusiveForms } from './inclusive-dot';
import { findNumbersInWords, isNumberWord, numberValue } from './number-words';
import { findJargon, lexiconSize } from './text-measures';
import { isVague } from './vague-link-text';
import { excerpt } from './language-blocks';
import { bandLabels, levelLabels } from './level-labels';
import { level } from './text-measures';
import { splitWords } from './text-measures';
import longSentence from './long-sentence';
import hardTextBlock from './hard-text-block';
import adminJargon from './admin-jargon';
import unexplainedAcronym from './unexplained-acronym';
import passiveInstruction from './passive-instruction';
import blockCapitals from './block-capitals';
import vagueLinkText from './vague-link-text';
import numberInWords from './number-in-words';
import inclusiveMedianDot from './inclusive-median-dot';

const LANGUAGE_RULES = [longSentence, hardTextBlock, adminJargon, unexplainedAcronym, passiveInstruction, blockCapitals, vagueLinkText, numberInWords, inclusiveMedianDot];

function page(html: string, lang: string | null = 'fr') {
  if (lang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', lang);
  document.body.innerHTML = html;
  return runRules(document, LANGUAGE_RULES, { lang: 'fr', profile: 'general' });
}
const ids = (results: { id: string }[]) => results.map((r) => r.id).sort();

describe('lexicons', () => {
  it('hold at least 150 entries per language', () => {
    expect(lexiconSize('fr')).toBeGreaterThanOrEqual(150);
    expect(lexiconSize('en')).toBeGreaterThanOrEqual(150);
  });
  it('find plurals, elided and multi-word terms, longest first', () => {
    const fr = findJargon(splitWords("Les pièces justificatives de l'usager, recours gracieux", 'fr'), 'fr');
    expect(fr.map((h) => h.term)).toEqual(['pièce justificative', "l'usager", 'recours gracieux']);
    const en = findJargon(splitWords('You are in arrears, in particular', 'en'), 'en');
    expect(en.map((h) => h.term)).toEqual(['arrears']);
  });
});

describe('passive voice', () => {
  it.each([
    ['Les documents doivent être envoyés avant lundi.', 'fr', 'doivent être envoyés'],
    ['Le formulaire ne doit pas être signé au crayon.', 'fr', 'doit pas être signé'],
    ['Votre demande est étudiée par un conseiller.', 'fr', 'est étudiée'],
    ['The form must be signed by you.', 'en', 'must be signed'],
    ['Your photo needs to be taken this month.', 'en', 'needs to be taken'],
    ['It has been sent by post.', 'en', 'been sent'],
    ['The form has to be signed.', 'en', 'has to be signed'],
    ['Documents can be sent by post.', 'en', 'can be sent'],
  ] as const)('finds it in "%s"', (text, lang, phrase) => {
    expect(findPassive(splitWords(text, lang), lang)?.phrase).toBe(phrase);
  });
  it.each([
    ['Envoyez les documents avant lundi.', 'fr'],
    ['Le service est fermé le dimanche.', 'fr'],
    ['Vous devez être plus de deux.', 'fr'],
    ['Vous pouvez peut-être venir.', 'fr'],
    ['You must be 18 or over.', 'en'],
    ['The office is closed on Sunday.', 'en'],
    // What will happen is information, not an instruction hiding who must act (GOV.UK confirm-delete page).
    ['All cases will remain open but their name will be removed from the case history.', 'en'],
    ['Their results would be affected if air conditioners were used.', 'en'],
    ['You might be asked for a photo.', 'en'],
    // An option the reader ticks: the reader is who "être prévenu" is about, nobody is hidden.
    ['Être prévenu par SMS', 'fr'],
    ['Être rappelé par un conseiller', 'fr'],
    ['Be contacted by phone', 'en'],
  ] as const)('leaves "%s" alone', (text, lang) => {
    expect(findPassive(splitWords(text, lang), lang)).toBeNull();
  });
});

describe('passive voice findings', () => {
  const messages = (html: string, lang = 'fr') =>
    page(html, lang).incomplete.find((r) => r.id === 'passive-instruction')?.nodes.map((n) => n.failureSummary) ?? [];
  it('an obligation in the passive gets the advice to address the reader', () => {
    expect(messages('<p>Les documents doivent être envoyés avant lundi.</p>')[0]).toContain('« Envoyez le formulaire » plutôt que « Le formulaire doit être envoyé »');
  });
  it('a statement with its agent gets the advice to put the agent first, not an order to the reader', () => {
    const [message] = messages('<p>Votre dossier est traité par nos services en 2 mois.</p>');
    expect(message).toContain('« est traité »');
    expect(message).not.toContain('Envoyez le formulaire');
    expect(message).toContain('« Nos services traitent votre dossier » plutôt que « Votre dossier est traité par nos services »');
  });
});

describe('inclusive writing', () => {
  it.each([
    ['Les usager·ère·s', 'usagers et usagères'],
    ['tou·te·s', 'tous et toutes'],
    ['les candidat.e.s', 'candidats et candidates'],
    ['un·e étudiant·e', 'étudiant et étudiante'],
    ['les directeur·rice·s', 'directeurs et directrices'],
    ['les vendeur·euse·s', 'vendeurs et vendeuses'],
    ['les acteur·trice·s', 'acteurs et actrices'],
    ['les ami·s', null],
    ['LES USAGER·ÈRE·S', 'USAGERS ET USAGÈRES'],
  ])('spells out %s', (text, double) => {
    const forms = findInclusiveForms(text);
    expect(forms.at(-1)?.doubleForm).toBe(double);
  });
  it('ignores addresses, URLs and a missing space after a full stop', () => {
    expect(findInclusiveForms('Voir service-public.fr, contact@ville.fr, www.ants.gouv.fr. Fin.Le lendemain')).toEqual([]);
    expect(findInclusiveForms('Jean·Pierre, Rue·Haute')).toEqual([]);
  });
});

describe('numbers in words', () => {
  it.each([
    [['trois'], 3],
    [['vingt-cinq'], 25],
    [['quatre-vingt-dix-sept'], 97],
    [['deux', 'cents'], 200],
    [['trois', 'mille'], 3000],
    [['soixante-et-onze'], 71],
  ] as const)('reads %j', (words, value) => {
    expect(numberValue(words, 'fr')).toBe(value);
  });
  it('reads English and leaves articles alone', () => {
    expect(findNumbersInWords(splitWords('Send twenty-one forms, one of them signed', 'en'), 'en')).toEqual([{ text: 'twenty-one', value: 21 }]);
    expect(findNumbersInWords(splitWords('Un conseiller et une lettre', 'fr'), 'fr')).toEqual([]);
  });
  it('leaves names and titles alone: a number word with a capital inside a sentence', () => {
    expect(findNumbersInWords(splitWords('Allez à l’hôpital des Quinze-Vingts avec « Les Trois Mousquetaires ».', 'fr'), 'fr')).toEqual([]);
    expect(findNumbersInWords(splitWords('Read "The Three Musketeers" with two friends.', 'en'), 'en')).toEqual([{ text: 'two', value: 2 }]);
    // At the start of a sentence, or in block capitals, it is a number.
    expect(findNumbersInWords(splitWords('Trois documents sont demandés.', 'fr'), 'fr')).toEqual([{ text: 'Trois', value: 3 }]);
    expect(findNumbersInWords(splitWords('ENVOYEZ TROIS DOCUMENTS', 'fr'), 'fr')).toEqual([{ text: 'TROIS', value: 3 }]);
  });
  it('"sept" after a day is September, not seven', () => {
    expect(findNumbersInWords(splitWords('Envoyez-le avant le 12 sept. 2026, ou le 3 sept 2026.', 'fr'), 'fr')).toEqual([]);
    expect(findNumbersInWords(splitWords('Vous avez sept jours, du 1er au 7.', 'fr'), 'fr')).toEqual([{ text: 'sept', value: 7 }]);
  });
  it('takes no word for a number because of its name in JavaScript', () => {
    expect(findNumbersInWords(splitWords('The constructor sent three valueOf toString forms', 'en'), 'en')).toEqual([{ text: 'three', value: 3 }]);
    expect(isNumberWord('constructor', 'fr')).toBe(false);
    expect(isNumberWord('__proto__-hasOwnProperty', 'en')).toBe(false);
  });
});

describe('vague link text', () => {
  it('normalises punctuation and arrows', () => {
    expect(isVague('En savoir plus ›', 'fr')).toBe(true);
    expect(isVague('Read more…', 'en')).toBe(true);
    expect(isVague('Lire les conditions', 'fr')).toBe(false);
  });
});

describe('bad input', () => {
  it('an empty page: every language rule is inapplicable, no error', () => {
    const out = page('');
    expect(out.errors).toEqual([]);
    expect(out.inapplicable).toHaveLength(LANGUAGE_RULES.length);
    expect(readabilityMetrics(document, 'fr')).toMatchObject({ lang: null, words: 0, score: null, reliable: false, hardest: [] });
  });

  it('a page of images only: no text to judge, so every rule is inapplicable and there is no level', () => {
    const out = page('<img src="a.png" alt="Formulaire"><img src="b.png" alt=""><picture><img src="c.png" alt="Envoyer"></picture>');
    expect(out.errors).toEqual([]);
    expect(ids(out.violations)).toEqual([]);
    expect(ids(out.incomplete)).toEqual([]);
    expect(out.inapplicable).toHaveLength(LANGUAGE_RULES.length);
    expect(readabilityMetrics(document, 'fr')).toMatchObject({ lang: null, words: 0, score: null, level: null, hardest: [] });
  });

  it('a mixed-language page without any lang attribute: each block in the language detected for it', () => {
    const out = page(
      '<p>Vous devez joindre les pièces justificatives avant la fin du mois, sinon nous ne pourrons pas traiter votre demande.</p>' +
        '<p>You must send the documents before the end of the month, pursuant to the rules of the service.</p>',
      null,
    );
    const jargon = out.incomplete.find((r) => r.id === 'admin-jargon');
    expect(jargon?.nodes.map((n) => n.evidence?.lang)).toEqual(['fr', 'en']);
    const metrics = readabilityMetrics(document, 'en');
    expect(metrics.lang).toBe('fr');
    expect(metrics.words).toBe(19);
  });

  it('a page in another language: inapplicable', () => {
    const out = page('<p>Sie müssen die Unterlagen vor dem Datum schicken, sonst wird der Antrag abgelehnt.</p>', 'de');
    expect(out.inapplicable).toHaveLength(LANGUAGE_RULES.length);
  });

  it('a mixed-language page: each block judged in its own language', () => {
    const out = page(
      '<p>Joignez les pièces justificatives à votre demande avant la fin du mois.</p><p lang="en">Pursuant to the rules, send it.</p><p lang="de">Gemäß den Regeln.</p>',
    );
    const jargon = out.incomplete.find((r) => r.id === 'admin-jargon');
    expect(jargon?.nodes.map((n) => n.evidence?.lang)).toEqual(['fr', 'en']);
    expect(readabilityMetrics(document, 'fr').lang).toBe('fr');
  });

  it('emoji and unusual Unicode', () => {
    const out = page('<p>🙂 Vous devez 👉 envoyer le dossier ✅. 𝐀𝐓𝐓𝐄𝐍𝐓𝐈𝐎𝐍 ‮inversé‬ \u200b\u00ad ﷽ 中文 العربية</p><p>¡¿…‽</p><p>USAGER·ÈRE·S</p>');
    expect(out.errors).toEqual([]);
    // "𝐀𝐓𝐓𝐄𝐍𝐓𝐈𝐎𝐍" in mathematical bold is the word "attention", not an acronym.
    expect(ids(out.incomplete)).toEqual(['inclusive-median-dot']);
    const dot = out.incomplete[0]!.nodes[0]!;
    expect(dot.evidence).toMatchObject({ form: 'USAGER·ÈRE·S', suggestion: 'USAGERS ET USAGÈRES' });
    const m = readabilityMetrics(document, 'fr');
    // Emoji, punctuation and invisible characters are not words.
    expect(m.words).toBeGreaterThanOrEqual(6);
    expect(m.words).toBeLessThanOrEqual(12);
    expect(m.score).toBeGreaterThanOrEqual(0);
    expect(m.score).toBeLessThanOrEqual(100);
  });

  it('excerpts drop direction overrides and never cut an emoji in half', () => {
    expect(excerpt('Texte \u202eà l’envers\u202c et \u200bcaché')).toBe('Texte à l’envers et caché');
    const emoji = excerpt('😀'.repeat(100), 51);
    expect(emoji.endsWith('…')).toBe(true);
    expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  it('a cut excerpt ends on its last word, not on a full stop before the ellipsis', () => {
    const text = 'Vous avez un enfant. Vous pouvez avoir une aide. Pour la demander, allez sur le site de la CAF. Il faut un compte.';
    expect(excerpt(text, 96)).toBe('Vous avez un enfant. Vous pouvez avoir une aide. Pour la demander, allez sur le site de la CAF…');
    expect(excerpt('Nom, prénom, adresse, date de naissance, lieu de naissance, nationalité', 41)).toBe('Nom, prénom, adresse, date de naissance…');
  });

  // Time is measured by `npm run bench` (section b), not here: these check what comes out.
  it('1 MB of text in one paragraph', { timeout: 60_000 }, () => {
    const sentence = 'Vous devez envoyer votre dossier complet avant la fin du mois prochain. ';
    const out = page(`<p>${sentence.repeat(Math.ceil(1_000_000 / sentence.length))}</p>`);
    expect(out.errors).toEqual([]);
    expect(out.violations).toEqual([]);
    // Short plain sentences, however many: easy, no long sentence, one reliable level.
    expect(ids(out.passes)).toContain('long-sentence');
    const m = readabilityMetrics(document, 'fr');
    expect(m.words).toBeGreaterThan(160_000);
    expect(m.sentences).toBeGreaterThan(13_000);
    expect(m).toMatchObject({ lang: 'fr', reliable: true });
    expect(m.score).toBeGreaterThanOrEqual(80);
    expect(m.hardest[0]!.excerpt.length).toBeLessThanOrEqual(141);
  });

  it('past the 30 places shown, a certain long sentence is not dropped for reviews', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `mot${i % 7 === 0 ? '' : 's'}`).join(' ');
    const out = page(`${`<p>${words(30)}.</p>`.repeat(40)}<p>${words(60)}.</p>`);
    const long = out.violations.find((r) => r.id === 'long-sentence');
    expect(long?.nodes).toHaveLength(1);
    expect(out.incomplete.find((r) => r.id === 'long-sentence')?.nodes).toHaveLength(29);
  });

  it('past the 30 places shown, a vague link alone is not dropped for vague links in a sentence', () => {
    const inSentence = '<p>Pour connaître les pièces à fournir et les délais de traitement de votre demande, <a href="/x">cliquez ici</a> avant de commencer.</p>';
    const out = page(`${inSentence.repeat(35)}<p><a href="/y">Cliquez ici</a></p>`);
    expect(out.violations.find((r) => r.id === 'vague-link-text')?.nodes).toHaveLength(1);
    const reviews = out.incomplete.find((r) => r.id === 'vague-link-text')!;
    expect(reviews.nodes).toHaveLength(29);
    expect(reviews.nodes[0]!.evidence?.moreOnPage).toBe(6);
  });

  it('20,000 words in paragraphs: 30 places per rule are shown and the rest counted', { timeout: 60_000 }, () => {
    const para = '<p>Conformément aux règles, les pièces justificatives doivent être envoyées par la CAF avant le quinze mars, cliquez ici pour lire la suite du texte.</p>';
    document.body.innerHTML = para.repeat(900); // 21,600 words
    const result = runRules(document, LANGUAGE_RULES, { lang: 'fr', profile: 'general' });
    const metrics = readabilityMetrics(document, 'fr');
    expect(result.errors).toEqual([]);
    expect(metrics.words).toBeGreaterThan(20_000);
    const jargon = result.incomplete.find((r) => r.id === 'admin-jargon')!;
    expect(jargon.nodes).toHaveLength(30);
    expect(jargon.nodes[0]!.evidence?.moreOnPage).toBe(870);
  });
});

describe('reading level labels', () => {
  // The GOV.UK start page's paragraph: about 43 on the English (Flesch) scale, "difficult" there.
  const GOVUK = '<p>All other application types (for example, renewing a passport or getting a child passport) should take 3 weeks. It can take longer if more information is needed or your application hasn’t been filled out correctly.</p>';

  it('label an English text by the English bands in a French report too', () => {
    const out = page(GOVUK, 'en');
    const node = out.incomplete.find((r) => r.id === 'hard-text-block')!.nodes[0]!;
    const score = node.evidence!.score as number;
    expect(level(score, 'en')).toBe('difficult: end of secondary school level');
    // Not "très difficile : niveau universitaire", the French band of that number on the French scale.
    expect(node.evidence!.level).toBe('difficile : niveau fin de lycée');
    const hardest = readabilityMetrics(document, 'fr').hardest[0]!;
    expect(hardest.level).toEqual({ fr: 'difficile : niveau fin de lycée', en: 'difficult: end of secondary school level' });
  });

  it('give the same band in both languages, on the scale of the text', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (let score = 0; score <= 100; score += 0.5) {
        const labels = levelLabels(score, lang);
        expect(labels[lang]).toBe(level(score, lang));
        const other = lang === 'fr' ? 'en' : 'fr';
        expect(bandLabels(other).indexOf(labels[other]), `${lang} ${score}`).toBe(bandLabels(lang).indexOf(labels[lang]));
      }
    }
    expect(bandLabels('fr')).toHaveLength(bandLabels('en').length);
  });
});

describe('placeholder text', () => {
  it.each([
    // DSFR's response pages, GOV.UK Frontend's header examples: Latin filler, not the service's wording.
    ['fr', 'Lorem, ipsum dolor sit amet consectetur adipisicing elit. Inventore similique commodi sit eligendi, esse ab sapiente necessitatibus, consequatur delectus nobis doloribus rem libero, expedita blanditiis veritatis? Nobis doloribus possimus reprehenderit.'],
    ['en', 'In ea ex nulla veniam commodo Lorem labore dolor et ea in deserunt qui. Enim adipisicing dolore est amet magna. Consequat aliqua cupidatat ipsum ullamco exercitation elit ea sunt sit voluptate.'],
  ])('is not judged (%s): %s', (lang, text) => {
    const out = page(`<p>${text}</p>`, lang);
    expect(ids(out.incomplete)).toEqual([]);
    expect(ids(out.violations)).toEqual([]);
  });
});

describe('excerpts show the words a finding names', () => {
  const START = 'Pour que votre dossier soit complet et que nous puissions vous répondre vite, lisez bien tout ce qui suit sur cette page avant de commencer.';
  it.each([
    ['admin-jargon', `${START} Si vous n’avez pas reçu de message, vérifiez votre adresse électronique.`, 'adresse électronique'],
    ['unexplained-acronym', `${START} Si vous avez une question, appelez votre CPAM.`, 'CPAM'],
    ['number-in-words', `${START} Vous recevrez une réponse dans quinze jours.`, 'quinze'],
  ])('%s quotes the place of the word, not only the start of a long block', (rule, text, word) => {
    const out = page(`<p>${text}</p>`);
    const node = out.incomplete.find((r) => r.id === rule)!.nodes[0]!;
    expect(node.failureSummary).toContain(word);
    expect(node.failureSummary).toMatch(new RegExp(`(?:Dans|In) « [^»]*${word}[^»]*»`));
  });
  it('keeps the start of the block when it shows the word', () => {
    const out = page('<p>Envoyez vos pièces justificatives avant lundi. Nous vous répondrons vite, par courrier ou par téléphone, selon ce que vous avez choisi.</p>');
    const node = out.incomplete.find((r) => r.id === 'admin-jargon')!.nodes[0]!;
    expect(node.failureSummary).toContain('Dans « Envoyez vos pièces justificatives avant lundi.');
  });
});

describe('acronyms', () => {
  const acronyms = (html: string, lang = 'fr') =>
    page(html, lang).incomplete.find((r) => r.id === 'unexplained-acronym')?.nodes.map((n) => n.evidence?.acronyms) ?? [];

  it('words of a text in block capitals are not acronyms (block capitals is its own finding)', () => {
    expect(acronyms('<h1>VOUS DEVEZ ENVOYER VOTRE DOSSIER</h1><p>Attention : TOUT DOSSIER INCOMPLET SERA REFUSÉ.</p>')).toEqual([]);
    expect(acronyms('<p>YOU WILL NOT TRANSMIT ANY MATERIAL THAT MAY BE DEEMED DEFAMATORY.</p>', 'en')).toEqual([]);
  });
  it('a date format is not a list of acronyms: the finding\'s advice (spell it out) does not fit it', () => {
    expect(acronyms('<div class="fr-hint-text">Format attendu : JJ/MM/AAAA, par exemple 14/07/1960</div><label>Date de naissance (JJ/MM/AAAA)</label>')).toEqual([]);
    expect(acronyms('<div class="govuk-hint">Enter it as DD MM YYYY</div><p>Use DD-MM-YY.</p>', 'en')).toEqual([]);
  });
  it('units and everyday words written in capitals are not acronyms: "1.5 MB", "GSM" (a mobile phone in Belgium)', () => {
    expect(acronyms('<div>Files up to 1.5 MB, or 2 GB in all</div>', 'en')).toEqual([]);
    expect(acronyms('<label>Numéro de GSM</label>')).toEqual([]);
  });
  it('in a sentence in block capitals, a long word cut from the run by "(A)" is still a word', () => {
    expect(acronyms('<p>YOU AGREE TO ALL THESE TERMS FOR (A) THE CITYLIGHTS WEBSITES, (B) THE DWP.</p>', 'en')).toEqual(['DWP']);
  });
  it('an acronym explained beside it, or in a glossary, is explained', () => {
    expect(acronyms('<p>Contactez la CAF, Caisse d’allocations familiales, pour votre aide.</p>')).toEqual([]);
    expect(acronyms('<p>Contact HMRC, HM Revenue and Customs, for help.</p>', 'en')).toEqual([]);
    // GOV.UK's search page: "HM" is part of the name spelled out before "(HMRC)".
    expect(acronyms('<label>HM Revenue and Customs (HMRC)</label>', 'en')).toEqual([]);
    expect(acronyms('<p>Contactez la Caisse d’allocations familiales, CAF, pour votre aide.</p>')).toEqual([]);
    expect(acronyms('<dl><dt>CAF</dt><dd>Caisse d’allocations familiales</dd></dl><p>Contactez la CAF.</p>')).toEqual([]);
    expect(acronyms('<table><tr><td>CAF</td><td>Caisse d’allocations familiales</td></tr></table><p>Contactez la CAF.</p>')).toEqual([]);
  });
  it('words after an acronym that do not spell it do not explain it', () => {
    expect(acronyms('<p>Contactez la CAF, puis votre mairie.</p>')).toEqual(['CAF']);
    expect(acronyms('<table><tr><td>CAF</td><td>Ouvert le lundi</td></tr></table>')).toEqual(['CAF']);
  });
  it('a run of acronyms is still a run of acronyms', () => {
    expect(acronyms('<p>Écrivez à la CAF CPAM MSA URSSAF.</p>')).toEqual(['CAF CPAM MSA URSSAF']);
  });
});

describe('administrative words', () => {
  const terms = (html: string, lang = 'fr') =>
    page(html, lang).incomplete.find((r) => r.id === 'admin-jargon')?.nodes.map((n) => n.evidence?.terms) ?? [];
  it('a quoted title is the name of a form or a text, which the service cannot reword', () => {
    expect(terms('<p>Remplissez le formulaire Cerfa « Demande de prestation compensatoire ».</p>')).toEqual([]);
    expect(terms('<p>Read “Pursuant to the Act: a guide” first.</p>', 'en')).toEqual([]);
  });
  it('the same words outside the quotes are still reported', () => {
    expect(terms('<p>Pour obtenir la prestation, remplissez le formulaire « Demande de prestation compensatoire ».</p>')).toEqual(['prestation']);
  });
});

describe('block capitals', () => {
  it('quotes the capitals as written, punctuation included', () => {
    const out = page('<p>Attention : TOUT DOSSIER, MÊME SIGNÉ, SERA REFUSÉ SANS LA PIÈCE.</p>');
    const node = out.violations.find((r) => r.id === 'block-capitals')!.nodes[0]!;
    expect(node.evidence?.excerpt).toBe('TOUT DOSSIER, MÊME SIGNÉ, SERA REFUSÉ SANS LA PIÈCE');
  });
  it('cuts a long run after twelve words', () => {
    const out = page('<p>VOUS DEVEZ ENVOYER VOTRE DOSSIER COMPLET, AVEC TOUTES LES PIÈCES DEMANDÉES, AVANT LA FIN DU MOIS.</p>');
    const node = out.violations.find((r) => r.id === 'block-capitals')!.nodes[0]!;
    expect(node.evidence).toMatchObject({ count: 16, excerpt: 'VOUS DEVEZ ENVOYER VOTRE DOSSIER COMPLET, AVEC TOUTES LES PIÈCES DEMANDÉES, AVANT …' });
  });
});

describe('lists cut in a message', () => {
  it('say how many more there are, in words, without "…." before the next sentence', () => {
    const out = page('<p>Nonobstant les pièces justificatives afférentes, la demande irrecevable sera transmise au service instructeur à compter de lundi, en date du jour, conformément aux règles.</p>');
    const message = out.incomplete.find((r) => r.id === 'admin-jargon')!.nodes[0]!.failureSummary!;
    expect(message).not.toContain('….');
    expect(message).toMatch(/ et \d+ autres?\. Dans « /u);
    const en = runRules(document, LANGUAGE_RULES, { lang: 'en', profile: 'general' });
    expect(en.incomplete.find((r) => r.id === 'admin-jargon')!.nodes[0]!.failureSummary).toMatch(/ and \d+ more\. In "/u);
  });
});
