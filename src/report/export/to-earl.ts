import type { PageAudit, Report, RuleResult } from '../../engine/model';
import { failedStepReason } from '../model/failed-step-reason';
import { formatTarget } from '../model';

/**
 * EARL 1.0 (W3C Evaluation and Report Language) in JSON-LD: one Assertion per rule and page, for
 * every axe bucket (failed, cantTell, passed, inapplicable). Pointers are CSS selectors (W3C
 * Pointer Methods), given for failed and cantTell results, where a fixer needs them. The context is
 * inline so that no processor has to fetch anything.
 */
export const EARL_CONTEXT = {
  earl: 'http://www.w3.org/ns/earl#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  ptr: 'http://www.w3.org/2009/pointers#',
  sch: 'https://schema.org/',
  'earl:outcome': { '@type': '@id' },
  'earl:mode': { '@type': '@id' },
  'dct:date': { '@type': 'http://www.w3.org/2001/XMLSchema#dateTime' },
} as const;

const OUTCOMES = [
  ['violations', 'earl:failed'],
  ['incomplete', 'earl:cantTell'],
  ['passes', 'earl:passed'],
  ['inapplicable', 'earl:inapplicable'],
] as const;

/** Balise has no web address of its own to cite, so it is a named blank node. */
export const EARL_ASSERTOR_ID = '_:balise';

type Json = Record<string, unknown>;

export function toEarlDocument(report: Report): Json {
  const graph: Json[] = [
    {
      '@id': EARL_ASSERTOR_ID,
      '@type': ['earl:Assertor', 'earl:Software', 'foaf:Agent'],
      'dct:title': report.tool.name,
      'dct:hasVersion': report.tool.version,
      'dct:description': `axe-core ${report.tool.axeVersion}`,
    },
  ];
  const seen = new Set<string>();
  const subjects = new Set<string>();
  const addAudit = (audit: PageAudit, iri: string, blank: string) => {
    seen.add(`${audit.url}|${audit.auditedAt}`);
    // Two audits of one address (redaction can make them equal) stay two subjects.
    const subjectId = subjects.has(iri) ? `_:${blank}` : iri;
    subjects.add(subjectId);
    graph.push({ '@id': subjectId, '@type': ['earl:TestSubject', 'sch:WebPage'], 'dct:title': audit.title, 'dct:source': audit.url });
    const subject = { '@id': subjectId };
    for (const [bucket, outcome] of OUTCOMES) {
      for (const rule of audit[bucket]) graph.push(assertion(rule, outcome, subject, audit.auditedAt));
    }
  };
  report.pages.forEach((page, i) => addAudit(page, subjectIri(page.url, `page-${i}`), `page-${i}`));
  const journey = report.journey;
  if (journey) {
    for (const step of journey.steps) {
      if (!seen.has(`${step.audit.url}|${step.audit.auditedAt}`)) addAudit(step.audit, subjectIri(step.audit.url, `step-${step.index}`), `step-${step.index}`);
    }
    // A step that could not be audited is a subject without assertions: untested, and it says why.
    for (const failed of journey.failedSteps ?? []) {
      graph.push({ '@id': `_:step-${failed.index}`, '@type': ['earl:TestSubject', 'sch:WebPage'], 'dct:source': failed.url, 'dct:description': failedStepReason(failed.error, report.lang) });
    }
    const parts = [...journey.steps, ...(journey.failedSteps ?? [])].sort((a, b) => a.index - b.index);
    graph.push({ '@id': '_:journey', '@type': ['earl:TestSubject'], 'dct:title': journey.name, 'dct:hasPart': parts.map((s) => s.url) });
    const subject = { '@id': '_:journey' };
    const date = journey.endedAt ?? journey.startedAt;
    for (const [bucket, outcome] of OUTCOMES) {
      if (bucket === 'inapplicable') continue;
      for (const rule of journey[bucket]) graph.push(assertion(rule, outcome, subject, date));
    }
  }
  return { '@context': EARL_CONTEXT, '@graph': graph };
}

export function toEarl(report: Report): string {
  return JSON.stringify(toEarlDocument(report), null, 2) + '\n';
}

/** A redacted URL is an IRI when it parses; otherwise (an origin-only "file://") a blank node. */
function subjectIri(url: string, fallback: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : `_:${fallback}`;
  } catch {
    return `_:${fallback}`;
  }
}

function assertion(rule: RuleResult, outcome: (typeof OUTCOMES)[number][1], subject: Json, date: string): Json {
  const pointers =
    outcome === 'earl:failed' || outcome === 'earl:cantTell'
      ? rule.nodes.map((node) => ({ '@type': 'ptr:CSSSelectorPointer', 'ptr:expression': formatTarget(node.target) }))
      : [];
  return {
    '@type': 'earl:Assertion',
    'earl:assertedBy': { '@id': EARL_ASSERTOR_ID },
    'earl:subject': subject,
    'earl:test': {
      '@id': rule.helpUrl ?? `urn:balise:rule:${encodeURIComponent(rule.id)}`,
      '@type': 'earl:TestCase',
      'dct:identifier': rule.id,
      'dct:title': rule.help,
      'dct:description': rule.description,
    },
    'earl:mode': 'earl:automatic',
    'earl:result': {
      '@type': 'earl:TestResult',
      'earl:outcome': outcome,
      'dct:date': date,
      ...(pointers.length ? { 'earl:pointer': pointers } : {}),
    },
  };
}
