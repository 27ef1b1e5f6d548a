import type { Report } from '../../engine/model';
import { buildReportView, type FindingView, type ReportView } from '../model';
import { escapeHtml as h } from './escape';
import { REPORT_CSS } from './html-style';
import { colon, standardRefsText } from './refs-text';

/**
 * The exported report as one self-contained HTML file: no script, no external resource, inline
 * style. Landmarks and headings in order, tables with captions and header cells, status given in
 * words (never colour alone). Built by pushing parts to an array and joining once, so ten
 * thousand findings stay linear.
 */
export function toHtml(report: Report): string {
  const view = buildReportView(report);
  const out: string[] = [];
  out.push(
    '<!doctype html>',
    `<html lang="${view.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${h(`${view.tool.name} ${view.tool.version}`)}">`,
    `<title>${h(view.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
  );
  header(view, out);
  out.push('<main>');
  summary(view, out);
  barriers(view, out);
  observations(view, out);
  journey(view, out);
  appendix(view, out);
  out.push('</main>', '</body>', '</html>');
  return out.join('\n') + '\n';
}

function header(view: ReportView, out: string[]): void {
  const l = view.labels;
  out.push('<header>', `<h1>${h(view.title)}</h1>`, '<dl class="meta">');
  out.push(`<dt>${l.date}</dt><dd>${h(view.dateLabel)}</dd>`);
  if (view.journey) out.push(`<dt>${h(l.procedure)}</dt><dd>${h(view.journey.name)}, ${h(view.journey.countLabel)}</dd>`);
  // A journey's steps are listed in its own section, failed ones included.
  if (!view.journey) for (const page of view.pages) out.push(`<dt>${h(page.label)}</dt><dd>${h(page.title || page.url)}<br><code>${h(page.url)}</code></dd>`);
  out.push(`<dt>${l.tool}</dt><dd>${h(`${view.tool.name} ${view.tool.version}, axe-core ${view.tool.axeVersion}`)}</dd>`);
  out.push('</dl>', `<p class="note">${h(l.noGrade)}</p>`, '</header>');
}

function tag(view: ReportView, outcome: 'fail' | 'review'): string {
  return `<span class="tag ${outcome}">${h(view.labels.outcomes[outcome])}</span>`;
}

function summary(view: ReportView, out: string[]): void {
  const l = view.labels;
  out.push('<section aria-labelledby="summary">', `<h2 id="summary">${l.summary}</h2>`);
  if (view.journey?.failedNote) out.push(`<p class="note">${h(view.journey.failedNote)}</p>`);
  if (view.empty) {
    out.push('<div class="empty">', `<p><strong>${h(l.noBarrierTitle)}.</strong></p>`, `<p>${h(l.noBarrierText)}</p>`, '</div>');
  } else {
    out.push(`<p>${h(l.summaryIntro)}</p>`, '<ul class="summary">');
    for (const line of view.summary) out.push(`<li>${tag(view, line.outcome)}${h(line.sentence)} <span>(${h(line.name)})</span></li>`);
    out.push('</ul>');
  }
  out.push('</section>');
  out.push('<section aria-labelledby="human-checks">', `<h2 id="human-checks">${h(l.humanChecksTitle)}</h2>`, `<p>${h(l.humanChecksIntro)}</p>`, '<ul>');
  for (const check of view.humanChecks) out.push(`<li>${h(check)}</li>`);
  out.push('</ul>', '</section>');
}

function barriers(view: ReportView, out: string[]): void {
  if (view.barriers.length === 0) return;
  const { labels: l, lang } = view;
  const c = colon(lang);
  out.push('<section aria-labelledby="barriers">', `<h2 id="barriers">${h(l.barriers)}</h2>`);
  view.barriers.forEach((section, i) => {
    out.push(`<section aria-labelledby="barrier-${i}">`, `<h3 id="barrier-${i}">${h(section.name)}</h3>`);
    out.push(`<p><strong>${h(l.whoIsBlocked)}</strong>${c}${h(section.whoIsBlocked)}</p>`);
    if (section.legal.length) {
      out.push(`<p><strong>${h(l.legal)}</strong></p>`, '<ul>');
      for (const ref of section.legal) out.push(`<li>${h(ref.label[lang])}</li>`);
      out.push('</ul>');
    }
    for (const finding of section.findings) findingBlock(finding, view, out);
    out.push('</section>');
  });
  out.push('</section>');
}

function findingBlock(f: FindingView, view: ReportView, out: string[]): void {
  const { labels: l, lang } = view;
  out.push(`<article class="finding ${f.outcome}">`, `<h4>${tag(view, f.outcome)}${h(f.help)}</h4>`, '<dl class="facts">');
  out.push(`<dt>${l.rule}</dt><dd><code>${h(f.ruleId)}</code> (${f.source})</dd>`);
  out.push(`<dt>${l.page}</dt><dd>${h(f.placeLabel)}${f.pageUrl ? ` <code>${h(f.pageUrl)}</code>` : ''}</dd>`);
  if (f.impact) out.push(`<dt>${l.impact}</dt><dd>${h(l.impacts[f.impact])}</dd>`);
  const refs = standardRefsText(f, l, lang);
  if (refs) out.push(`<dt>${l.references}</dt><dd>${h(refs)}</dd>`);
  out.push('</dl>');
  if (f.nodes.length) {
    out.push('<table>', `<caption>${h(l.elements)}</caption>`, '<colgroup><col style="width:30%"><col style="width:40%"><col style="width:30%"></colgroup>');
    out.push(`<thead><tr><th scope="col">${h(l.selector)}</th><th scope="col">${h(l.message)}</th><th scope="col">${h(l.html)}</th></tr></thead>`, '<tbody>');
    for (const node of f.nodes) {
      const evidence = node.evidence.map(([k, v]) => `<br><strong>${h(k)}</strong>${colon(lang)}${h(v)}`).join('');
      out.push(`<tr><td><code>${h(node.target)}</code></td><td>${h(node.message)}${evidence}</td><td><code>${h(node.html)}</code></td></tr>`);
    }
    out.push('</tbody>', '</table>');
  }
  out.push('</article>');
}

function observations(view: ReportView, out: string[]): void {
  const l = view.labels;
  out.push('<section aria-labelledby="observations">', `<h2 id="observations">${h(l.observations)}</h2>`, `<p>${h(l.observationsIntro)}</p>`);
  if (view.observations.length === 0) out.push(`<p>${h(l.noObservations)}</p>`);
  else {
    out.push('<ul>');
    for (const o of view.observations) out.push(`<li><strong>${h(o.barrierName)}</strong> (${h(o.placeLabel)})${colon(view.lang)}${h(o.text)}</li>`);
    out.push('</ul>');
  }
  out.push('</section>');
}

function journey(view: ReportView, out: string[]): void {
  const j = view.journey;
  if (!j) return;
  const l = view.labels;
  out.push('<section aria-labelledby="journey">', `<h2 id="journey">${h(l.journey)}${colon(view.lang)}${h(j.name)}</h2>`);
  out.push(`<h3>${h(l.steps)}</h3>`, '<ol>');
  for (const step of j.steps) {
    const what = step.failed === undefined ? h(step.title || step.url) : `<strong>${h(l.notChecked)}</strong>${colon(view.lang)}${h(step.failed)}`;
    out.push(`<li>${what} <code>${h(step.url)}</code></li>`);
  }
  out.push('</ol>');
  if (j.metrics.length) {
    out.push('<table>', `<caption>${h(l.metrics)}</caption>`, `<thead><tr><th scope="col">${h(l.metric)}</th><th scope="col">${h(l.value)}</th></tr></thead>`, '<tbody>');
    for (const m of j.metrics) {
      const level = m.levelLabel ? ` <span class="level">(${h(m.levelLabel)})</span>` : '';
      out.push(`<tr><th scope="row">${h(m.label)}</th><td>${h(m.value)}${level}</td></tr>`);
    }
    out.push('</tbody>', '</table>');
  }
  out.push('</section>');
}

function appendix(view: ReportView, out: string[]): void {
  const l = view.labels;
  out.push('<section aria-labelledby="appendix">', `<h2 id="appendix">${h(l.appendix)}</h2>`, `<p>${h(l.appendixIntro)}</p>`);
  if (view.findings.length) {
    out.push('<table>', `<caption>${h(l.appendix)}</caption>`, '<thead><tr>');
    for (const th of [l.rule, l.outcome, l.impact, l.wcag, l.rgaa, l.en301549, l.page]) out.push(`<th scope="col">${h(th)}</th>`);
    out.push('</tr></thead>', '<tbody>');
    for (const f of view.findings) {
      const rule = f.helpUrl ? `<a href="${h(f.helpUrl)}"><code>${h(f.ruleId)}</code></a>` : `<code>${h(f.ruleId)}</code>`;
      const cells = [l.outcomes[f.outcome], f.impact ? l.impacts[f.impact] : '', f.refs.wcag.join(', '), f.refs.rgaa.join(', '), f.refs.en301549.join(', '), f.placeLabel];
      out.push(`<tr><td>${rule} (${f.source})</td>${cells.map((cell) => `<td>${h(cell)}</td>`).join('')}</tr>`);
    }
    out.push('</tbody>', '</table>');
  }
  for (const page of view.pages) {
    if (page.skippedFrames.length) {
      out.push(`<p><strong>${h(l.skippedFrames)}</strong> (${h(page.label)})${colon(view.lang)}${page.skippedFrames.map((f) => `<code>${h(f.url)}</code> (${h(f.reason)})`).join(', ')}</p>`);
    }
    if (page.errors.length) {
      out.push(`<p><strong>${h(l.errors)}</strong> (${h(page.label)})${colon(view.lang)}${page.errors.map((e) => `<code>${h(e.ruleId)}</code> ${h(e.message)}`).join(', ')}</p>`);
    }
  }
  out.push('</section>');
}
