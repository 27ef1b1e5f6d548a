import type { Report } from '../../engine/model';
import { buildReportView, type FindingView, type ReportView } from '../model';
import { escapeMarkdown as md, markdownCode as code } from './escape';
import { colon, standardRefsText } from './refs-text';

/** Markdown to paste into a ticket or an e-mail: the same sections as the HTML, in the same order. */
export function toMarkdown(report: Report): string {
  const view = buildReportView(report);
  const out: string[] = [];
  header(view, out);
  summary(view, out);
  barriers(view, out);
  observations(view, out);
  journey(view, out);
  appendix(view, out);
  return out.join('\n') + '\n';
}

function header(view: ReportView, out: string[]): void {
  const { labels: l, lang } = view;
  const c = colon(lang);
  out.push(`# ${md(view.title)}`, '');
  out.push(`- **${l.date}**${c}${md(view.dateLabel)}`);
  if (view.journey) out.push(`- **${l.procedure}**${c}${md(view.journey.name)}, ${md(view.journey.countLabel)}`);
  // A journey's steps are listed in its own section, failed ones included.
  if (!view.journey) for (const page of view.pages) out.push(`- **${md(page.label)}**${c}${md(page.title || page.url)} (${md(page.url)})`);
  out.push(`- **${l.tool}**${c}${md(`${view.tool.name} ${view.tool.version}, axe-core ${view.tool.axeVersion}`)}`, '');
  out.push(`_${md(l.noGrade)}_`, '');
}

function summary(view: ReportView, out: string[]): void {
  const { labels: l, lang } = view;
  out.push(`## ${l.summary}`, '');
  if (view.journey?.failedNote) out.push(`_${md(view.journey.failedNote)}_`, '');
  if (view.empty) {
    out.push(`**${md(l.noBarrierTitle)}.** ${md(l.noBarrierText)}`, '');
  } else {
    out.push(md(l.summaryIntro), '');
    for (const line of view.summary) out.push(`- **${l.outcomes[line.outcome]}**${colon(lang)}${md(line.sentence)} (${md(line.name)})`);
    out.push('');
  }
  out.push(`## ${l.humanChecksTitle}`, '', md(l.humanChecksIntro), '');
  for (const check of view.humanChecks) out.push(`- ${md(check)}`);
  out.push('');
}

function barriers(view: ReportView, out: string[]): void {
  if (view.barriers.length === 0) return;
  const { labels: l, lang } = view;
  const c = colon(lang);
  out.push(`## ${l.barriers}`, '');
  for (const section of view.barriers) {
    out.push(`### ${md(section.name)}`, '', `**${l.whoIsBlocked}**${c}${md(section.whoIsBlocked)}`, '');
    if (section.legal.length) out.push(`**${l.legal}**${c}${section.legal.map((r) => md(r.label[lang])).join(lang === 'fr' ? ' ; ' : '; ')}`, '');
    for (const finding of section.findings) findingBlock(finding, view, out);
  }
}

function findingBlock(f: FindingView, view: ReportView, out: string[]): void {
  const { labels: l, lang } = view;
  const c = colon(lang);
  out.push(`#### ${l.outcomes[f.outcome]}${c}${md(f.help)}`, '');
  out.push(`- **${l.rule}**${c}${code(f.ruleId)} (${f.source}), ${md(f.placeLabel)}${f.pageUrl ? ` ${md(f.pageUrl)}` : ''}`);
  if (f.impact) out.push(`- **${l.impact}**${c}${l.impacts[f.impact]}`);
  const refs = standardRefsText(f, l, lang);
  if (refs) out.push(`- **${l.references}**${c}${md(refs)}`);
  if (f.nodes.length) out.push(`- **${l.elements}**${c}`);
  for (const node of f.nodes) {
    out.push(`  - ${code(node.target)}${node.message ? ` ${md(node.message)}` : ''}`);
    if (node.html) out.push(`    ${code(node.html)}`);
    for (const [k, v] of node.evidence) out.push(`    - ${md(k)}${c}${md(v)}`);
  }
  out.push('');
}

function observations(view: ReportView, out: string[]): void {
  const { labels: l, lang } = view;
  out.push(`## ${l.observations}`, '', md(l.observationsIntro), '');
  if (view.observations.length === 0) out.push(md(l.noObservations));
  for (const o of view.observations) out.push(`- **${md(o.barrierName)}** (${md(o.placeLabel)})${colon(lang)}${md(o.text)}`);
  out.push('');
}

function journey(view: ReportView, out: string[]): void {
  const j = view.journey;
  if (!j) return;
  const { labels: l } = view;
  out.push(`## ${l.journey}${colon(view.lang)}${md(j.name)}`, '', `### ${l.steps}`, '');
  for (const step of j.steps) {
    const what = step.failed === undefined ? md(step.title || step.url) : `**${l.notChecked}**${colon(view.lang)}${md(step.failed)}`;
    out.push(`${step.index + 1}. ${what} (${md(step.url)})`);
  }
  out.push('');
  if (j.metrics.length) {
    out.push(`### ${l.metrics}`, '', `| ${l.metric} | ${l.value} |`, '| --- | --- |');
    for (const m of j.metrics) out.push(`| ${md(m.label)} | ${md(m.value)}${m.levelLabel ? ` (${md(m.levelLabel)})` : ''} |`);
    out.push('');
  }
}

function appendix(view: ReportView, out: string[]): void {
  const { labels: l } = view;
  out.push(`## ${l.appendix}`, '', md(l.appendixIntro), '');
  if (view.findings.length) {
    out.push(`| ${l.rule} | ${l.source} | ${l.outcome} | ${l.impact} | ${l.wcag} | ${l.rgaa} | ${l.en301549} | ${l.page} |`);
    out.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const f of view.findings) {
      out.push(
        `| ${code(f.ruleId)} | ${f.source} | ${l.outcomes[f.outcome]} | ${f.impact ? l.impacts[f.impact] : ''} | ${f.refs.wcag.join(', ')} | ${f.refs.rgaa.join(', ')} | ${f.refs.en301549.join(', ')} | ${md(f.placeLabel)} |`,
      );
    }
    out.push('');
  }
  for (const page of view.pages) {
    if (page.skippedFrames.length) out.push(`- **${l.skippedFrames}** (${md(page.label)})${colon(view.lang)}${page.skippedFrames.map((f) => `${md(f.url)} (${md(f.reason)})`).join(', ')}`);
    if (page.errors.length) out.push(`- **${l.errors}** (${md(page.label)})${colon(view.lang)}${page.errors.map((e) => `${code(e.ruleId)} ${md(e.message)}`).join(', ')}`);
  }
}
