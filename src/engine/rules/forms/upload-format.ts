import { defineRule, inapplicable, pass, review, fail } from '../../model/rule';
import { fieldEvidence, fieldHint, isHidden, readableText } from '../../dom';
import { wordingReadable } from '../../dom/page-language';

/**
 * Phones take photos as JPEG (Android, and iPhones convert HEIC to JPEG when a page asks for
 * it). An `accept` list without JPEG, HEIC or image/* makes the phone's picker refuse the
 * camera: certain, so fail. Formats only stated in the hint text ("Formats acceptés : pdf") are
 * wording we may misread: review.
 */
const PHOTO_TOKENS = new Set(['image/*', 'image/jpeg', 'image/jpg', 'image/pjpeg', '.jpg', '.jpeg', 'image/heic', 'image/heif', '.heic', '.heif', 'jpg', 'jpeg']);
const FORMAT_LIST = /formats?\s+(?:accept[ée]s|support[ée]s|autoris[ée]s|admis|possibles?)\s*:?\s*([^.]{1,80})|(?:accepted|supported|allowed)\s+(?:file\s+)?(?:formats?|types?)\s*(?:are|:)?\s*([^.]{1,80})|(?:must\s+be\s+(?:a|an)\s+)((?:\.?\w{2,4}(?:,\s*|\s+or\s+))+\.?\w{2,4})\s+file/i;
const PHOTO_WORD = /\b(?:jpe?g|heic|heif|image|photo)\b/i;

export default defineRule({
  id: 'upload-format',
  scope: 'element',
  selector: 'input[type=file]',
  impact: 'serious',
  tags: ['cat.balise'],
  barriers: ['document-upload'],
  text: {
    fr: {
      description: 'Le champ de fichier accepte les photos prises avec un téléphone.',
      help: 'Acceptez les formats JPG et HEIC (ou image/*), en plus du PDF.',
      messages: {
        acceptRefusesPhotos: 'Le champ n’accepte que {formats} : une photo prise au téléphone (JPG, HEIC) est refusée.',
        statedRefusesPhotos: 'Le texte annonce les formats « {formats} », sans format photo : vérifiez si une photo de téléphone est acceptée.',
      },
    },
    en: {
      description: 'The file field accepts photos taken with a phone.',
      help: 'Accept JPG and HEIC (or image/*) as well as PDF.',
      messages: {
        acceptRefusesPhotos: 'The field only accepts {formats}: a photo taken with a phone (JPG, HEIC) is refused.',
        statedRefusesPhotos: 'The text states the formats "{formats}", with no photo format: check whether a phone photo is accepted.',
      },
    },
  },
  evaluate(element) {
    if (isHidden(element)) return inapplicable();
    const accept = element.getAttribute('accept')?.trim();
    const evidence = fieldEvidence(element);
    if (accept) {
      const tokens = accept.toLowerCase().split(/[\s,]+/).filter(Boolean);
      if (tokens.some((t) => PHOTO_TOKENS.has(t) || t === '*/*')) return pass(evidence);
      return fail('acceptRefusesPhotos', { formats: tokens.join(', ') }, evidence);
    }
    if (!wordingReadable(element.ownerDocument)) return pass(evidence);
    const stated = FORMAT_LIST.exec(nearbyText(element));
    const formats = (stated?.[1] ?? stated?.[2] ?? stated?.[3])?.trim();
    if (formats && !PHOTO_WORD.test(formats)) return review('statedRefusesPhotos', { formats }, { ...evidence, statedFormats: formats });
    return pass(evidence);
  },
});

/** The field's own hint and its form group's text: where DSFR and GOV.UK put "Formats : ..., taille max...". */
export function nearbyText(field: Element): string {
  const group = field.closest('.fr-upload-group, .fr-input-group, .govuk-form-group, fieldset');
  const groupText = readableText(group ?? field.parentElement);
  return `${fieldHint(field)} ${groupText.length < 600 ? groupText : ''}`.replace(/\s+/g, ' ');
}
