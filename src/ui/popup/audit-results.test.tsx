import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../engine/model';
import { AuditResults } from './audit-results';

const node = (target: string[], failureSummary: string) => ({ target, html: '<input>', failureSummary, any: [], all: [], none: [] });

/** A one-page report with one certain Balise finding standing under two barriers, and one axe finding to check. */
function report(): Report {
  const violation = {
    id: 'mobile-phone-required',
    source: 'balise',
    impact: 'serious',
    help: 'Un numéro de portable est obligatoire',
    barriers: ['mobile-phone-required', 'inaccessible'],
    tags: [],
    nodes: [node(['#tel'], 'Le champ « Téléphone portable » demande un numéro de portable et il est obligatoire.')],
  };
  const review = { id: 'color-contrast', source: 'axe', impact: 'serious', help: 'Contraste', barriers: ['inaccessible'], tags: [], nodes: [node(['#note'], 'Vérifiez le contraste')] };
  return {
    lang: 'fr',
    createdAt: '2026-12-03T00:00:00.000Z',
    pages: [{ url: 'https://example.org/', title: 'Démarche', violations: [violation], incomplete: [review], passes: [], inapplicable: [], errors: [], skippedFrames: [], metrics: {} }],
  } as unknown as Report;
}

describe('AuditResults findings', () => {
  it('says what is wrong with each element of a certain finding, and the button is named by its action, described by that reason', () => {
    document.body.innerHTML = '<div id="root"></div>';
    const root = document.getElementById('root')!;
    render(<AuditResults report={report()} lang="fr" focusHeading={false} onHighlight={async () => true} />, root);
    const certain = [...root.querySelectorAll('.findings--violations [data-rule="mobile-phone-required"]')];
    expect(certain).toHaveLength(2);
    for (const finding of certain) {
      expect(finding.querySelector('.finding__reason')?.textContent).toContain('« Téléphone portable »');
      const button = finding.querySelector('button')!;
      expect(button.textContent).toBe('Montrer sur la page');
      expect(button.textContent).not.toContain('#tel');
      const described = document.getElementById(button.getAttribute('aria-describedby') ?? '');
      expect(described?.textContent).toContain('demande un numéro de portable');
    }
    const ids = [...root.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
