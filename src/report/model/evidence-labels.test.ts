import { describe, expect, it } from 'vitest';
import { evidenceEntries } from './evidence-labels';

describe('evidence labels', () => {
  it('says values in words and hides engine internals', () => {
    const fr = evidenceEntries(
      { label: 'Courriel', tag: 'input', name: 'email', required: true, confirmation: false, requiredness: 'required', conformity: 'partial', channels: 'contact-page, email', notChecked: '1,2', step: 3, statedLimit: '2 Mo' },
      'fr',
    );
    expect(fr).toEqual([
      ['Libellé du champ', 'Courriel'],
      ['Obligatoire', 'oui'],
      ['Demandé une deuxième fois pour confirmer', 'non'],
      ['Marque d’obligation', 'attribut required (certain)'],
      ['Conformité déclarée', 'partielle'],
      ['Aide en ligne trouvée', 'page de contact, adresse e-mail'],
      ['Étapes non vérifiées', '2, 3'],
      ['Taille maximale annoncée', '2 Mo'],
    ]);
    expect(evidenceEntries({ mobile: true, conformity: 'none' }, 'en')).toEqual([
      ['Mobile asked for', 'yes'],
      ['Stated conformity', 'not compliant'],
    ]);
  });
});
