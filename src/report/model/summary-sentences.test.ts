import { describe, expect, it } from 'vitest';
import { rules } from '../../engine';
import { runRules } from '../../engine/rules/run-rules';
import { SUMMARY_SENTENCES } from './summary-sentences';

/*
 * The summary sentences are the first text a social worker reads: they must pass the
 * plain-language rules Balise applies to public services (passive voice, long sentences, jargon,
 * acronyms, hard text...). Each sentence is a paragraph of its own, as in the report.
 */
const LANGUAGE_RULES = rules.filter((rule) => rule.barriers.includes('complex-language'));

describe.each(['fr', 'en'] as const)('summary sentences (%s)', (lang) => {
  it('pass our own plain-language rules', () => {
    document.documentElement.setAttribute('lang', lang);
    document.body.innerHTML = '';
    for (const sentence of Object.values(SUMMARY_SENTENCES[lang])) {
      const p = document.createElement('p');
      p.textContent = sentence;
      document.body.append(p);
    }
    const out = runRules(document, LANGUAGE_RULES, { lang, profile: 'general' });
    expect(LANGUAGE_RULES.length).toBeGreaterThanOrEqual(9);
    expect(out.errors).toEqual([]);
    const flagged = [...out.violations, ...out.incomplete].flatMap((r) => r.nodes.map((n) => `${r.id}: ${n.failureSummary}`));
    expect(flagged).toEqual([]);
    // The rules did read the sentences: the passive-voice rule passed on them.
    expect(out.passes.map((r) => r.id)).toContain('passive-instruction');
  });
});
