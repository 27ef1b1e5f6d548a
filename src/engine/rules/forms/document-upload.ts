import { defineRule, fail, inapplicable, review } from '../../model/rule';
import { fieldEvidence, isHidden, isRequired } from '../../dom';

/**
 * Each file field asks for a document a person must have as a file: scanned, photographed,
 * downloaded. A field marked required is certain evidence the procedure cannot be finished
 * online without it: fail. A field not marked required may be optional, or required only on the
 * server, or have a postal alternative the page explains: the upload is still asked for, but
 * whether it blocks is not certain, so it needs review. Hidden file fields behind a custom drop
 * zone are not counted here (their visible button is not a field); the metric counts them apart.
 */
export default defineRule({
  id: 'document-upload',
  scope: 'element',
  selector: 'input[type=file]',
  impact: 'serious',
  tags: ['cat.balise'],
  barriers: ['document-upload'],
  text: {
    fr: {
      description: 'Le formulaire demande de déposer un document sous forme de fichier.',
      help: 'Proposez un autre moyen de transmettre le document (courrier, guichet) et acceptez les photos prises au téléphone.',
      messages: {
        required: 'Le formulaire exige un fichier (« {label} ») : sans scanner, téléphone ou fichier, la démarche ne peut pas être terminée en ligne.',
        asked: 'Le formulaire demande un fichier (« {label} ») : vérifiez s’il est obligatoire et s’il existe un autre moyen de l’envoyer.',
      },
    },
    en: {
      description: 'The form asks for a document to be uploaded as a file.',
      help: 'Offer another way to send the document (post, counter) and accept photos taken with a phone.',
      messages: {
        required: 'The form requires a file ("{label}"): without a scanner, a phone or the file, the procedure cannot be finished online.',
        asked: 'The form asks for a file ("{label}"): check whether it is required and whether there is another way to send it.',
      },
    },
  },
  evaluate(element, ctx) {
    if (isHidden(element)) return inapplicable();
    const base = fieldEvidence(element);
    const evidence = { ...base, multiple: element.hasAttribute('multiple') };
    const label = typeof base.label === 'string' ? base.label : ctx.lang === 'fr' ? 'sans libellé' : 'no label';
    return isRequired(element) ? fail('required', { label }, evidence) : review('asked', { label }, evidence);
  },
});
