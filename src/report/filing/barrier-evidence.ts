import { formatMessage, type Lang } from '../../engine/model';
import type { BarrierSection, FindingView, NodeView } from '../model';
import type { FilingTemplate } from './templates';

/** Elements quoted per barrier: a filing names a few; the attached report lists them all. */
export const MAX_EVIDENCE_PER_BARRIER = 3;
const MAX_MESSAGE = 200;
/** Advice is the rules' own authored text, a sentence or two: cut only when unusually long. */
const MAX_ADVICE = 300;
const MAX_HTML = 120;
const MAX_FACTS = 4;
const MAX_FACT_VALUE = 80;

/**
 * What the tool saw for one barrier, quoted from the report's view and from nothing else (the
 * report is already filtered for privacy and by the person's export choices): where (page or step,
 * its title and address unless the message names them already), which rule, certain or to be
 * checked and why (the element's own message), and the element: its evidence in words, or else its
 * opening tag. Then the advice of the first rule quoted (the most certain, most severe), labelled as
 * such: it says what should be, not what was seen.
 */
export function barrierEvidence(section: BarrierSection, t: FilingTemplate, lang: Lang, named: Named): string[] {
  const lines: string[] = [];
  const picked = pick(section.findings);
  for (const { finding, nodes } of picked) {
    for (const node of nodes) {
      const message = node ? clip(messageOf(node.message, lang), MAX_MESSAGE) : '';
      const values = { place: placeOf(finding, t, named), rule: finding.ruleId, status: t.evidenceStatus[finding.outcome], message };
      lines.push(formatMessage(message ? t.evidenceLine : t.evidenceLineBare, values));
      const facts = node ? factsOf(node, t, lang) : '';
      if (facts) lines.push(facts);
    }
  }
  const shown = picked.reduce((n, p) => n + p.nodes.length, 0);
  const total = section.findings.reduce((n, f) => n + Math.max(1, f.nodes.length), 0);
  if (total > shown) lines.push(formatMessage(t.moreEvidence, { n: total - shown }, lang));
  const first = picked[0]?.finding;
  if (first?.help.trim()) lines.push(formatMessage(t.adviceLine, { rule: first.ruleId, help: clip(oneLine(first.help), MAX_ADVICE) }));
  return lines;
}

/**
 * One element of each finding before a second of any, so that a barrier met by several rules shows
 * them side by side; findings come certain first, most severe first. A finding without elements
 * (a journey-wide one can have none) still counts once: its place, rule and status are evidence.
 */
function pick(findings: readonly FindingView[]): Array<{ finding: FindingView; nodes: Array<NodeView | undefined> }> {
  const picked = new Map<FindingView, Array<NodeView | undefined>>();
  let count = 0;
  for (let depth = 0; count < MAX_EVIDENCE_PER_BARRIER; depth++) {
    let any = false;
    for (const finding of findings) {
      if (count >= MAX_EVIDENCE_PER_BARRIER) break;
      if (depth >= Math.max(1, finding.nodes.length)) continue;
      any = true;
      const list = picked.get(finding) ?? [];
      list.push(finding.nodes[depth]);
      picked.set(finding, list);
      count++;
    }
    if (!any) break;
  }
  return findings.filter((f) => picked.has(f)).map((finding) => ({ finding, nodes: picked.get(finding)! }));
}

/** The procedure and address the message's opening already names. */
export interface Named {
  procedure: string;
  url: string;
}

function placeOf(finding: FindingView, t: FilingTemplate, named: Named): string {
  // A journey-wide finding sits on no one page: its "title" is the journey's name, already in the subject.
  if (finding.place.kind === 'journey') return finding.placeLabel;
  const title = oneLine(finding.pageTitle);
  const place = title && title !== oneLine(named.procedure) ? `${finding.placeLabel}, ${formatMessage(t.evidenceTitle, { title: clip(title, MAX_FACT_VALUE) })}` : finding.placeLabel;
  return finding.pageUrl && finding.pageUrl !== named.url ? formatMessage(t.evidencePlaceAt, { place, url: finding.pageUrl }) : place;
}

function factsOf(node: NodeView, t: FilingTemplate, lang: Lang): string {
  if (node.evidence.length) {
    const facts = node.evidence.slice(0, MAX_FACTS).map(([label, value]) => formatMessage(t.evidenceFact, { label, value: clip(oneLine(value), MAX_FACT_VALUE) }));
    if (node.evidence.length > MAX_FACTS) facts.push('…');
    return formatMessage(t.evidenceFacts, { facts: facts.join(lang === 'fr' ? ' ; ' : '; ') });
  }
  const html = clip(oneLine(node.html), MAX_HTML);
  return html ? formatMessage(t.evidenceElement, { html }) : '';
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** axe's summaries put each failed check on its own line under "Corriger l’un des éléments suivants :". */
function messageOf(message: string, lang: Lang): string {
  const lines = message.split('\n').map(oneLine).filter(Boolean);
  return lines.reduce((text, line) => (text === '' ? line : `${text}${text.endsWith(':') ? ' ' : lang === 'fr' ? ' ; ' : '; '}${line}`), '');
}

/** Cut by code point (a lone surrogate would make the mailto: link's encodeURIComponent throw), at a space when one is near. */
function clip(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
