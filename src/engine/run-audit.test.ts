import { describe, expect, it } from 'vitest';
import { defineRule, fail, pass } from './model/rule';
import { runAudit } from './run-audit';
import { mergeFrameAudits } from './merge-frames';
import { PageAuditSchema } from './model/result';

const boom = defineRule({
  id: 'test-throws', scope: 'page', impact: 'minor', tags: [], barriers: ['captcha'],
  text: { fr: { description: 'd', help: 'h', messages: {} }, en: { description: 'd', help: 'h', messages: {} } },
  evaluatePage() {
    throw new Error('broken rule');
  },
});
const email = defineRule({
  id: 'test-email', scope: 'element', selector: 'input', impact: 'serious', tags: ['cat.forms'], barriers: ['email-required'],
  text: {
    fr: { description: 'd', help: 'Adresse e-mail obligatoire', messages: { req: 'Le champ « {label} » est obligatoire.' } },
    en: { description: 'd', help: 'E-mail required', messages: { req: 'The field "{label}" is required.' } },
  },
  evaluate: (el) => (el.hasAttribute('required') ? fail('req', { label: el.getAttribute('name') ?? '' }) : pass()),
});

describe('runAudit', () => {
  it('shapes our findings like axe results, with barriers and tags, in the chosen language', async () => {
    document.body.innerHTML = '<input name="courriel" required value="SECRET"><input name="tel">';
    const audit = await runAudit(document, { lang: 'fr', axe: false, rules: [email, boom] });
    expect(PageAuditSchema.parse(audit)).toBeTruthy();
    const violation = audit.violations.find((r) => r.id === 'test-email')!;
    expect(violation.source).toBe('balise');
    expect(violation.barriers).toEqual(['email-required']);
    expect(violation.tags).toContain('barrier.email-required');
    expect(violation.nodes).toHaveLength(1);
    expect(violation.nodes[0]!.failureSummary).toBe('Le champ « courriel » est obligatoire.');
    expect(audit.passes.find((r) => r.id === 'test-email')!.nodes).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('SECRET');
  });

  it('reports a rule that throws and still runs the others', async () => {
    document.body.innerHTML = '<input name="courriel" required>';
    const audit = await runAudit(document, { lang: 'en', axe: false, rules: [boom, email] });
    expect(audit.errors).toEqual([{ ruleId: 'test-throws', message: 'broken rule' }]);
    expect(audit.violations[0]!.help).toBe('E-mail required');
  });

  it('merges frame audits under the frame selector and lists frames it could not audit', async () => {
    document.body.innerHTML = '<iframe id="f1" src="https://a.test/x?tok=1"></iframe><iframe src="https://b.test/y"></iframe>';
    const top = await runAudit(document, { lang: 'en', axe: false, rules: [email] });
    document.body.innerHTML = '<input name="e" required>';
    const inner = await runAudit(document, { lang: 'en', axe: false, rules: [email] });
    const merged = mergeFrameAudits(top, [{ selector: '#f1', url: 'https://a.test/x' }, { selector: 'iframe:nth-of-type(2)', url: 'https://b.test/y' }], [{ url: 'https://a.test/x', audit: inner }]);
    expect(merged.violations[0]!.nodes[0]!.target[0]).toBe('#f1');
    expect(merged.auditedFrames).toBe(2);
    expect(merged.skippedFrames).toEqual([{ url: 'https://b.test/y', reason: 'not-allowed' }]);
  });
});
