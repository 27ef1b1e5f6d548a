import {
  BARRIER_TEXT,
  IMPACT_ORDER,
  type Impact,
  type Lang,
  type NodeResult,
  type PageAudit,
  type Report,
  type RuleResult,
} from '../engine/model';
import { sanitizeHtmlString } from '../engine/dom/safe-snippet';
import { summarizeAudit } from './summary';

/** Beyond this many elements per finding the page gets long; report.json keeps them all. */
const MAX_NODES_SHOWN = 50;

const TEXT = {
  fr: {
    title: 'Rapport Balise',
    intro: 'Résultats de l’audit automatique. Une règle non respectée est certaine ; un point « à vérifier » demande un regard humain.',
    createdAt: 'Créé le',
    tool: 'Outil',
    page: 'Page',
    untitled: 'Page sans titre',
    severity: 'Gravité',
    violations: 'Non respecté',
    incomplete: 'À vérifier',
    countsCaption: 'Nombre d’éléments par gravité',
    impact: { critical: 'Critique', serious: 'Grave', moderate: 'Moyenne', minor: 'Mineure' } satisfies Record<Impact, string>,
    noImpact: 'Non précisée',
    barriers: 'Qui est bloqué',
    noBarrier: 'Aucune barrière détectée automatiquement sur cette page.',
    barrierCounts: (v: number, r: number) => `${v} règle(s) non respectée(s), ${r} point(s) à vérifier`,
    violationsHeading: 'Règles non respectées',
    incompleteHeading: 'Points à vérifier',
    none: 'Aucun.',
    rule: 'Règle',
    source: { axe: 'axe-core', balise: 'Balise' },
    learnMore: 'En savoir plus',
    elements: (n: number) => `${n} élément(s)`,
    selector: 'Sélecteur',
    snippet: 'Code',
    moreNodes: (n: number) => `… et ${n} autre(s) élément(s), listés dans report.json.`,
    skippedFrames: 'Cadres non audités',
    errors: 'Règles qui ont échoué',
    observations: 'Observations',
    frames: (n: number) => `${n} cadre(s) audité(s)`,
  },
  en: {
    title: 'Balise report',
    intro: 'Results of the automated audit. A failed rule is certain; an item “to review” needs a human look.',
    createdAt: 'Created on',
    tool: 'Tool',
    page: 'Page',
    untitled: 'Untitled page',
    severity: 'Severity',
    violations: 'Failed',
    incomplete: 'To review',
    countsCaption: 'Number of elements by severity',
    impact: { critical: 'Critical', serious: 'Serious', moderate: 'Moderate', minor: 'Minor' } satisfies Record<Impact, string>,
    noImpact: 'Not given',
    barriers: 'Who is blocked',
    noBarrier: 'No barrier was found automatically on this page.',
    barrierCounts: (v: number, r: number) => `${v} rule(s) failed, ${r} item(s) to review`,
    violationsHeading: 'Failed rules',
    incompleteHeading: 'Items to review',
    none: 'None.',
    rule: 'Rule',
    source: { axe: 'axe-core', balise: 'Balise' },
    learnMore: 'Learn more',
    elements: (n: number) => `${n} element(s)`,
    selector: 'Selector',
    snippet: 'Code',
    moreNodes: (n: number) => `… and ${n} more element(s), listed in report.json.`,
    skippedFrames: 'Frames not audited',
    errors: 'Rules that failed to run',
    observations: 'Observations',
    frames: (n: number) => `${n} frame(s) audited`,
  },
} as const;
type Text = (typeof TEXT)[Lang];

/**
 * The report as one self-contained, accessible HTML page (no script, no outside resource).
 * Pure string work: every piece of page-derived text is escaped, and HTML evidence is cut down
 * to its opening tag without value-like attributes before it is shown.
 */
export function renderReportHtml(report: Report): string {
  const t = TEXT[report.lang];
  const pages = report.pages.map((page, index) => renderPage(page, index, report.lang, t)).join('\n');
  const observations = report.observations.length
    ? `<section><h2>${t.observations}</h2><ul>${report.observations
        .map((o) => `<li><strong>${esc(BARRIER_TEXT[report.lang][o.barrier].name)}</strong> : ${esc(o.text)}</li>`)
        .join('')}</ul></section>`
    : '';
  return `<!doctype html>
<html lang="${esc(report.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${esc(t.title)}</h1>
<p>${esc(t.intro)}</p>
<dl class="meta"><dt>${t.createdAt}</dt><dd>${esc(report.createdAt)}</dd><dt>${t.tool}</dt><dd>${esc(
    `${report.tool.name} ${report.tool.version}, axe-core ${report.tool.axeVersion}`,
  )}</dd></dl>
${pages}
${observations}
</main>
</body>
</html>
`;
}

function renderPage(page: PageAudit, index: number, lang: Lang, t: Text): string {
  const summary = summarizeAudit(page);
  const id = `page-${index + 1}`;
  const counts = IMPACT_ORDER.map(
    (impact) =>
      `<tr><th scope="row">${t.impact[impact]}</th><td>${summary.bySeverity[impact].violations}</td><td>${summary.bySeverity[impact].incomplete}</td></tr>`,
  ).join('');
  const barriers = summary.byBarrier.length
    ? `<ul class="barriers">${summary.byBarrier
        .map(
          (group) =>
            `<li><strong>${esc(BARRIER_TEXT[lang][group.barrier].name)}</strong> (${t.barrierCounts(group.violations.length, group.incomplete.length)})<br>${esc(
              BARRIER_TEXT[lang][group.barrier].whoIsBlocked,
            )}</li>`,
        )
        .join('')}</ul>`
    : `<p>${t.noBarrier}</p>`;
  return `<section aria-labelledby="${id}">
<h2 id="${id}">${t.page} ${index + 1} : ${esc(page.title || t.untitled)}</h2>
<p class="url">${esc(page.url)} · ${t.frames(page.auditedFrames)}</p>
<table><caption>${t.countsCaption}</caption>
<thead><tr><th scope="col">${t.severity}</th><th scope="col">${t.violations}</th><th scope="col">${t.incomplete}</th></tr></thead>
<tbody>${counts}</tbody></table>
<h3>${t.barriers}</h3>
${barriers}
<h3>${t.violationsHeading}</h3>
${renderRules(page.violations, lang, t)}
<h3>${t.incompleteHeading}</h3>
${renderRules(page.incomplete, lang, t)}
${renderList(t.skippedFrames, page.skippedFrames.map((f) => `${f.url} : ${f.reason}`))}
${renderList(t.errors, page.errors.map((e) => `${e.ruleId} : ${e.message}`))}
</section>`;
}

function renderRules(rules: readonly RuleResult[], lang: Lang, t: Text): string {
  if (rules.length === 0) return `<p>${t.none}</p>`;
  const sorted = [...rules].sort((a, b) => rank(a.impact) - rank(b.impact));
  return sorted.map((rule) => renderRule(rule, lang, t)).join('\n');
}

function renderRule(rule: RuleResult, lang: Lang, t: Text): string {
  const impact = rule.impact ? t.impact[rule.impact] : t.noImpact;
  const link = rule.helpUrl && /^https?:\/\//i.test(rule.helpUrl) ? ` <a href="${esc(rule.helpUrl)}">${t.learnMore}<span class="visually-hidden"> : ${esc(rule.help)}</span></a>` : '';
  const barriers = rule.barriers.map((b) => esc(BARRIER_TEXT[lang][b].name)).join(', ');
  const shown = rule.nodes.slice(0, MAX_NODES_SHOWN).map((node) => renderNode(node, t)).join('');
  const more = rule.nodes.length > MAX_NODES_SHOWN ? `<p>${t.moreNodes(rule.nodes.length - MAX_NODES_SHOWN)}</p>` : '';
  return `<article class="finding">
<h4>${esc(rule.help)}</h4>
<p class="rule-meta">${t.rule} <code>${esc(rule.id)}</code> (${t.source[rule.source]}) · ${t.severity} : ${impact} · ${t.elements(rule.nodes.length)}${
    barriers ? ` · ${barriers}` : ''
  }</p>
<p>${esc(rule.description)}${link}</p>
<ul class="nodes">${shown}</ul>${more}
</article>`;
}

function renderNode(node: NodeResult, t: Text): string {
  const selector = node.target.map((hop) => (Array.isArray(hop) ? hop.join(' » ') : hop)).join(' ⟶ ');
  const snippet = sanitizeHtmlString(node.html);
  const summary = node.failureSummary ? `<p class="summary">${esc(node.failureSummary)}</p>` : '';
  return `<li><p>${t.selector} : <code>${esc(selector)}</code></p>${snippet ? `<p>${t.snippet} : <code>${esc(snippet)}</code></p>` : ''}${summary}</li>`;
}

function renderList(heading: string, items: readonly string[]): string {
  if (items.length === 0) return '';
  return `<h3>${heading}</h3><ul>${items.map((item) => `<li>${esc(item)}</li>`).join('')}</ul>`;
}

function rank(impact: Impact | null): number {
  return impact ? IMPACT_ORDER.indexOf(impact) : IMPACT_ORDER.length;
}

function esc(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `body{font:1rem/1.5 system-ui,sans-serif;color:#1e1e1e;background:#fff;margin:0}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1,h2,h3,h4{line-height:1.25}
section{border-top:2px solid #000091;margin-top:2rem}
table{border-collapse:collapse;margin:1rem 0}
th,td{border:1px solid #666;padding:.25rem .75rem;text-align:left}
caption{text-align:left;font-weight:bold}
code{font-family:ui-monospace,monospace;background:#f2f2f2;padding:0 .2rem;word-break:break-all}
.finding{border-left:4px solid #757575;padding-left:1rem;margin:1rem 0}
.url,.rule-meta{color:#3a3a3a}
.summary{white-space:pre-wrap}
a{color:#000091}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.meta dt{font-weight:bold}.meta dd{margin:0 0 .5rem}`;
