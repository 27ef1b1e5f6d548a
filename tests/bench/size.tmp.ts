import { auditOpenPage } from '../../src/cli/audit-page';
import { slimAudit } from '../../src/extension/recording/slim-audit';
import { startBench, open } from './harness';
import { FIXTURE_PAGES } from './fixture-pages';
const bench = await startBench({});
const sz = (v: unknown) => JSON.stringify(v).length;
const tot: Record<string, number> = {};
const add = (k: string, n: number) => (tot[k] = (tot[k] ?? 0) + n);
try {
  for (const { path } of FIXTURE_PAGES.slice(0, 30)) {
    await open(bench, path);
    const { audit } = await auditOpenPage(bench.page, bench.bundle, { lang: 'fr' });
    const s = slimAudit(audit);
    add('TOTAL', sz(s));
    for (const k of ['violations', 'incomplete', 'passes', 'inapplicable', 'metrics'] as const) add(k, sz(s[k]));
    for (const r of [...s.violations, ...s.incomplete, ...s.passes]) {
      add('rule text (description+help+tags+helpUrl)', sz(r.description) + sz(r.help) + sz(r.tags) + sz(r.helpUrl ?? ''));
      add(`nodes of ${r.source} rules`, sz(r.nodes));
      if (r.id === 'target-size') add('nodes of target-size', sz(r.nodes));
      for (const n of r.nodes) { add('node.any/all/none', sz(n.any) + sz(n.all) + sz(n.none)); add('node.failureSummary', sz(n.failureSummary ?? '')); add('node.html', sz(n.html)); add('node.evidence', sz(n.evidence ?? {})); }
    }
    for (const [k, v] of Object.entries(s.metrics)) add('metrics.' + k, sz(v));
  }
} finally { await bench.close(); }
for (const [k, v] of Object.entries(tot).sort((a, b) => b[1] - a[1])) console.log(String(Math.round(v / 1024)).padStart(6), 'KiB', k);
