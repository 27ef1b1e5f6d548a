import { describe, expect, it } from 'vitest';
import { findJargon } from './jargon';
import { level } from './level';
import { readabilityScore, softClamp } from './score';
import { splitWords } from './segment';

const ADMIN =
  "Conformément aux dispositions réglementaires en vigueur, le demandeur est tenu de transmettre l'ensemble des pièces justificatives mentionnées ci-dessous dans un délai de quinze jours à compter de la notification de la présente décision. À défaut de production des justificatifs requis, la demande sera considérée comme irrecevable et fera l'objet d'un classement sans suite.";
const PLAIN =
  'Vous devez envoyer vos documents avant 15 jours. Nous avons besoin de ces documents pour étudier votre demande. Si vous ne les envoyez pas, nous ne pouvons pas traiter votre demande.';
const FALC = 'Vous voulez une aide pour payer votre loyer. Vous devez remplir un formulaire. Le formulaire est sur internet.';

describe('readabilityScore', () => {
  it('orders administrative, plain and easy-to-read French', () => {
    const admin = readabilityScore(ADMIN, 'fr')!;
    const plain = readabilityScore(PLAIN, 'fr')!;
    const falc = readabilityScore(FALC, 'fr')!;
    expect(admin).toBeLessThan(plain);
    expect(plain).toBeLessThan(falc);
    expect(level(admin, 'fr')).toMatch(/difficile/);
    expect(level(falc, 'fr')).toBe('très facile');
  });

  it('orders administrative and plain English', () => {
    const admin = readabilityScore(
      'Applicants are required to submit all supporting documentation within fifteen days of the date of notification, failing which the application will be deemed inadmissible and will not be processed.',
      'en',
    )!;
    const plain = readabilityScore('Send us your documents within 15 days. We need them to check your claim.', 'en')!;
    expect(admin).toBeLessThan(plain);
  });

  it('stays within 0-100 and is null without words', () => {
    for (const t of [ADMIN, PLAIN, FALC, 'Oui.', 'a'.repeat(300)]) {
      const s = readabilityScore(t, 'fr')!;
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(100);
    }
    expect(readabilityScore('', 'fr')).toBeNull();
    expect(readabilityScore('🎉', 'en')).toBeNull();
  });

  // Its cost per page is measured by npm run bench (tests/bench), not timed here: a loaded CI
  // machine would make a timing assertion fail at random.
});

describe('softClamp', () => {
  it('is the identity in the middle and keeps order near the bounds', () => {
    expect(softClamp(50)).toBe(50);
    expect(softClamp(120)).toBeLessThan(100);
    expect(softClamp(120)).toBeGreaterThan(softClamp(110));
    expect(softClamp(-30)).toBeGreaterThan(0);
    expect(softClamp(-30)).toBeLessThan(softClamp(-10));
  });
});

describe('level', () => {
  it('gives plain-words labels in both languages', () => {
    expect(level(95, 'fr')).toBe('très facile');
    expect(level(85, 'fr')).toBe('facile');
    expect(level(75, 'fr')).toBe('assez facile');
    expect(level(60, 'fr')).toBe('difficile : niveau fin de lycée');
    expect(level(10, 'fr')).toBe('très difficile : niveau universitaire');
    expect(level(95, 'en')).toBe('very easy');
    expect(level(10, 'en')).toBe('very difficult: university level');
  });
});

describe('findJargon', () => {
  it('finds multi-word and elided jargon with a plainer alternative', () => {
    const hits = findJargon(splitWords("À compter de la réception, l'attestation sur l'honneur et les pièces justificatives", 'fr'), 'fr');
    expect(hits.map((h) => h.term)).toEqual(['à compter de', "attestation sur l'honneur", 'pièce justificative']);
    expect(hits[0]?.plain).toBe('à partir de');
  });
});
