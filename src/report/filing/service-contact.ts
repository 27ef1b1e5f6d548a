import type { PageAudit, Report } from '../../engine/model';

/**
 * The service's own accessibility contact, read from the evidence of the
 * no-accessibility-statement rule (in any bucket: a pass is where the statement was found). The
 * rule records the statement's redacted address, and an accessibility contact e-mail or contact
 * form the page shows (engine/rules/statement/statement-contact.ts). Only values that look like
 * an e-mail or a web address are used; nothing is guessed. Reports written before the rule
 * recorded addresses hold the statement link's text under `link`: a name, not an address, so it
 * is not read.
 */
export interface ServiceContact {
  email?: string;
  /** A contact form for accessibility questions. */
  form?: string;
  statement?: string;
}

const RULE_ID = 'no-accessibility-statement';
const EMAIL_KEYS = ['contactEmail', 'email', 'mailto', 'contact'];
const FORM_KEYS = ['contactUrl'];
const STATEMENT_KEYS = ['statementUrl', 'href', 'url'];
const EMAIL = /^[^\s@<>"']+@[^\s@<>"']+\.[a-z]{2,}$/i;
const WEB_ADDRESS = /^https?:\/\/[^\s"'<>]+$/i;

export function findServiceContact(report: Report): ServiceContact {
  const audits: PageAudit[] = [...report.pages, ...(report.journey?.steps.map((s) => s.audit) ?? [])];
  const contact: ServiceContact = {};
  for (const audit of audits) {
    for (const rule of [...audit.passes, ...audit.incomplete, ...audit.violations]) {
      if (rule.id !== RULE_ID) continue;
      for (const node of rule.nodes) {
        const evidence = node.evidence ?? {};
        for (const key of EMAIL_KEYS) {
          const value = evidence[key];
          if (!contact.email && typeof value === 'string' && EMAIL.test(value.replace(/^mailto:/i, ''))) contact.email = value.replace(/^mailto:/i, '');
        }
        contact.form ??= webAddress(evidence, FORM_KEYS);
        contact.statement ??= webAddress(evidence, STATEMENT_KEYS);
      }
    }
  }
  return contact;
}

function webAddress(evidence: Readonly<Record<string, unknown>>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = evidence[key];
    if (typeof value === 'string' && WEB_ADDRESS.test(value.trim())) return value.trim();
  }
  return undefined;
}
