import { defineRule, fail, review, type PageFinding } from '../../model/rule';
import { FIELD_SELECTOR, fieldEvidence, fieldHint, isHidden } from '../../dom/field';
import { queryDeep } from '../../dom/query-deep';
import { findInText, searchableBlocks } from '../../dom/text-search';
import { readableText } from '../../dom/page-text';
import { isVisibleTextField, labelOf } from './field-kind';

/**
 * Home-made captchas: a field asking to copy characters from an image or an audio clip, an image
 * named "captcha", or the "je ne suis pas un robot" check. A field that asks to type what an image
 * shows is certain; the wording alone (a checkbox may be harmless) needs review.
 * The instruction often sits in a paragraph next to the field, not in its label: a field named
 * "captcha" or labelled « Caractères de l'image », with an image and an instruction to copy its
 * characters in the same block, is a certain visual captcha as long as no audio or other way
 * round is offered. With one, only the wording is left to judge, as before.
 */
const CAPTCHA_WORD = /captcha/i;
const COPY_CHALLENGE = /\b(?:recopi\w+|saisi\w+|tape[zr]|entre[zr]|type|enter)\b.{0,40}\b(?:caract[èe]res?|code|lettres?|characters?|letters?|words?|mots?)\b.{0,40}\b(?:image|ci-dessus|ci-contre|picture|above|you\s+(?:see|hear)|entend\w*)\b/i;
const ROBOT = /\bje\s+ne\s+suis\s+pas\s+un\s+robot\b|\bi['’]?\s*a?m\s+not\s+a\s+robot\b|\bprouve[rz]\s+que\s+vous\s+(?:n['’]?\s*[êe]tes\s+pas\s+un\s+robot|[êe]tes\s+(?:un\s+)?humain)|\bprove\s+(?:that\s+)?you(?:['’]re|\s+are)\s+(?:not\s+a\s+robot|human)\b/i;
const IMAGE_LABEL = /\b(?:caract[èe]res?|code|lettres?|chiffres?|characters?|letters?|text)\b.{0,30}(?:\bde\s+l['’]\s*image\b|\b(?:in|from|on|of)\s+the\s+(?:image|picture)\b)/i;
// Lookarounds, not \b: \b does not see "Écouter" as a word start.
const ALTERNATIVE = /(?<![\p{L}\p{N}])(?:audio|[ée]cout\p{L}*|listen\p{L}*|sonore|alternati\p{L}+|autre\s+moyen|other\s+way|sans\s+(?:le\s+)?captcha|without\s+(?:the\s+)?captcha)(?![\p{L}\p{N}])/iu;
const AUDIO = /(?<![\p{L}\p{N}])(?:[ée]couter\s+le\s+code|version\s+audio|audio\s+(?:challenge|captcha)|play\s+(?:the\s+)?audio|listen\s+to\s+the\s+code)(?![\p{L}\p{N}])/iu;

export default defineRule({
  id: 'captcha-challenge',
  scope: 'page',
  impact: 'critical',
  tags: ['cat.balise', 'wcag22aa', 'wcag338', 'RGAA-1.5'],
  barriers: ['captcha'],
  text: {
    fr: {
      description: 'La page ne demande pas de recopier un code en image ou de prouver que l’on n’est pas un robot.',
      help: 'Recopier des caractères déformés ou écouter un code est impossible pour beaucoup de personnes. Proposez une alternative humaine.',
      messages: {
        copyField: 'Le champ « {label} » demande de recopier un code affiché ou dicté (captcha).',
        imageCopyField: 'Le champ « {label} » demande de recopier les caractères d’une image (« {instruction} »), sans version audio ni autre moyen proposé (captcha).',
        captchaImage: 'La page montre une image de captcha (« {name} ») : vérifiez ce qui est demandé.',
        robotWording: 'La page demande de prouver que l’on n’est pas un robot (« {wording} ») : vérifiez si une énigme suit.',
        audioWording: 'La page propose un code audio (« {wording} ») : c’est le signe d’un captcha, vérifiez.',
      },
    },
    en: {
      description: 'The page does not ask to copy a code from an image or to prove one is not a robot.',
      help: 'Copying distorted characters or listening to a code is impossible for many people. Offer a human alternative.',
      messages: {
        copyField: 'The field "{label}" asks to copy a code shown or read out (captcha).',
        imageCopyField: 'The field "{label}" asks to copy the characters of an image ("{instruction}"), with no audio version or other way offered (captcha).',
        captchaImage: 'The page shows a captcha image ("{name}"): check what is asked.',
        robotWording: 'The page asks to prove one is not a robot ("{wording}"): check whether a puzzle follows.',
        audioWording: 'The page offers an audio code ("{wording}"): a sign of a captcha, check.',
      },
    },
  },
  evaluatePage(doc) {
    const findings: PageFinding[] = [];
    for (const field of queryDeep(doc, FIELD_SELECTOR).filter(isVisibleTextField)) {
      const words = `${labelOf(field)} ${fieldHint(field)}`;
      const named = CAPTCHA_WORD.test(`${field.getAttribute('name') ?? ''} ${field.id}`);
      if (CAPTCHA_WORD.test(words) || COPY_CHALLENGE.test(words) || (named && words.trim() === '')) {
        findings.push({ element: field, outcome: fail('copyField', { label: labelOf(field) || (field.getAttribute('name') ?? '') }, fieldEvidence(field)) });
        continue;
      }
      const instruction = (named || IMAGE_LABEL.test(labelOf(field))) && !audioOffered(doc) ? imageChallengeNearby(field) : null;
      if (instruction) {
        const data = { label: labelOf(field) || (field.getAttribute('name') ?? ''), instruction };
        findings.push({ element: field, outcome: fail('imageCopyField', data, { ...fieldEvidence(field), wording: instruction }) });
      }
    }
    if (findings.length > 0) return findings;
    const image = queryDeep(doc, 'img').find((img) => CAPTCHA_WORD.test(`${img.getAttribute('alt') ?? ''} ${img.getAttribute('src') ?? ''} ${img.id} ${img.className}`));
    if (image) {
      const name = image.getAttribute('alt') || 'captcha';
      return [{ element: image, outcome: review('captchaImage', { name }, { alt: image.getAttribute('alt'), tag: 'img' }) }];
    }
    const units = searchableBlocks(doc);
    const robot = findInText(units, ROBOT, 1)[0];
    if (robot) return [{ element: robot.element, outcome: review('robotWording', { wording: robot.match }, { wording: robot.match }) }];
    const audio = findInText(units, AUDIO, 1)[0];
    if (audio) return [{ element: audio.element, outcome: review('audioWording', { wording: audio.match }, { wording: audio.match }) }];
    return [];
  },
});

function audioOffered(doc: Document): boolean {
  return findInText(searchableBlocks(doc), AUDIO, 1).length > 0;
}

/**
 * The instruction to copy an image's characters, when it sits in the field's own block (up to
 * three levels up, never past the form) next to a visible image, and that block offers no audio
 * or other way round.
 */
function imageChallengeNearby(field: Element): string | null {
  let box = field.parentElement;
  for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
    const image = [...box.querySelectorAll('img, canvas, svg')].some((img) => !isHidden(img));
    if (image) {
      const controls = [...box.querySelectorAll('a, button, [role="button"], [role="link"]')];
      if (controls.some((c) => ALTERNATIVE.test(`${readableText(c)} ${c.getAttribute('aria-label') ?? ''} ${c.getAttribute('title') ?? ''}`))) return null;
      // Quote the whole sentence: the person filing the report reads what the page says.
      const sentence = readableText(box).split(/(?<=[.!?])\s+/).find((s) => COPY_CHALLENGE.test(s));
      return sentence?.replace(/[.!?\s]+$/, '') ?? null;
    }
    if (box.localName === 'form') break;
  }
  return null;
}
