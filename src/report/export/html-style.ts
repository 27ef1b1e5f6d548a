/**
 * The exported report's only style sheet, inlined so the file stands alone. Screen: readable
 * measure, contrast above 4.5:1. Print: A4 with margins, findings and table rows never cut across
 * pages, table headers repeated, long selectors wrapped instead of clipped.
 */
export const REPORT_CSS = `
:root { color: #1b1b1b; background: #fff; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.5; }
body { margin: 0 auto; padding: 1.5rem; max-width: 60rem; }
h1 { font-size: 1.8rem; margin: 0 0 .5rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 .75rem; border-bottom: 2px solid #1b1b1b; padding-bottom: .2rem; }
h3 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1.05rem; margin: 0 0 .5rem; }
a { color: #0b4f9c; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1rem; }
dl.meta dt, dl.facts dt { font-weight: 700; }
dl.meta dd, dl.facts dd { margin: 0; overflow-wrap: anywhere; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0 0 .5rem; }
.note { font-style: italic; }
ul.summary { padding-left: 1.2rem; }
ul.summary li { margin: .3rem 0; }
.tag { display: inline-block; font-weight: 700; padding: 0 .4rem; border-radius: .2rem; border: 1px solid currentColor; margin-right: .4rem; }
.tag.fail { color: #8a1c1c; background: #fdecec; }
.tag.review { color: #6b4500; background: #fff4d6; }
.empty { border: 2px solid #1b1b1b; padding: .75rem 1rem; }
.finding { border: 1px solid #767676; border-left-width: 6px; padding: .75rem 1rem; margin: 0 0 1rem; }
.finding.fail { border-left-color: #8a1c1c; }
.finding.review { border-left-color: #8a5a00; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 700; padding: .2rem 0; }
th, td { border: 1px solid #767676; padding: .3rem .4rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f0f0f0; }
code { font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; font-size: .9em; overflow-wrap: anywhere; white-space: pre-wrap; }
.level { font-weight: 700; }
@page { size: A4; margin: 18mm 15mm 18mm 15mm; }
@media print {
  :root { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  .finding, .empty, li, tr, dl.facts { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  tfoot { display: table-footer-group; }
  a { color: inherit; }
}
`;
