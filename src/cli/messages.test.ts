import { describe, expect, it } from 'vitest';
import { userDir } from './main';
import { CLI_TEXT } from './messages';

describe('CLI messages', () => {
  it('counts in the singular for one (and for none in French)', () => {
    expect(CLI_TEXT.fr.pageSummary('p', 1, 1, 1, 1, 1)).toBe('p : 1 règle non respectée (1 élément), 1 point à vérifier (1 élément), 1 cadre non audité');
    expect(CLI_TEXT.fr.pageSummary('p', 2, 3, 0, 0, 0)).toBe('p : 2 règles non respectées (3 éléments), 0 point à vérifier (0 élément)');
    expect(CLI_TEXT.en.pageSummary('p', 1, 1, 2, 0, 1)).toBe('p: 1 rule failed (1 element), 2 to review (0 elements), 1 frame not audited');
    expect(CLI_TEXT.fr.journeyFindings(1, 2)).toBe('Parcours : 1 règle non respectée, 2 points à vérifier');
    expect(CLI_TEXT.en.journeyFindings(1, 2)).toBe('Journey: 1 rule failed, 2 to review');
    expect(CLI_TEXT.fr.journeyMetrics(1, 0, 1, 1, 1, 3)).toBe('Démarche : 1 étape, 1 champ (1 obligatoire), 1 pièce à téléverser, effort estimé 3 min');
    expect(CLI_TEXT.en.journeyMetrics(1, 0, 1, 1, 2, 3)).toBe('Procedure: 1 step, 1 field (1 required), 2 documents to upload, estimated effort 3 min');
  });
});

describe('the folder relative paths mean', () => {
  it('is the one npm was run from (INIT_CWD), not the package folder npm moves to', () => {
    expect(userDir({ INIT_CWD: '/home/anne/dossiers' }, '/opt/balise', '/opt/balise')).toBe('/home/anne/dossiers');
    expect(userDir({}, '/opt/balise', '/opt/balise')).toBe('/opt/balise');
    // Started elsewhere by an npm script: the INIT_CWD it inherited is not where it was asked to run.
    expect(userDir({ INIT_CWD: '/home/anne' }, '/tmp/ailleurs', '/opt/balise')).toBe('/tmp/ailleurs');
  });
});
