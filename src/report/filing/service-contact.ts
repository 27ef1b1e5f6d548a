import type { PageAudit, Report } from '../../engine/model';

/**
 * The service's own accessibility contact, read from the evidence of the
 * no-accessibility-statement rule (in any bucket: a pass is where the link was found). Only fields
 * that look like an address are used; nothing is guessed.
 */
export interface ServiceContact {
  email?: string;
  statement?: string;
}

const RULE_ID = 'no-accessibility-statement';
const EMAIL_KEYS = ['contactEmail', 'email', 'mailto', 'contact'];
const STATEMENT_KEYS = ['statementUrl', 'href', 'url', 'link'];
const EMAIL = /^[^\s@<>"']+@[^\s@<>"']+\.[a-z]{2,}$/i;

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
        for (const key of STATEMENT_KEYS) {
          const value = evidence[key];
          if (!contact.statement && typeof value === 'string' && value.trim()) contact.statement = value.trim();
        }
      }
    }
  }
  return contact;
}
