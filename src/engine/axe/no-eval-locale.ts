import type { Locale } from 'axe-core';

/**
 * axe.configure compiles the doT templates of a locale with `new Function`. Extension pages and
 * the isolated world of an MV3 content script forbid that (CSP without 'unsafe-eval'), so a French
 * audit in the extension failed outright. The only templates in axe's locales are the
 * failure-summary loops; we hand axe those as ready-made functions, which it uses as they are.
 * Any other template left fails here, loudly, instead of in a person's browser.
 */
const LOOP = /^([\s\S]*?)\{\{~it:value\}\}([\s\S]*?)\{\{=value\.split\('\\n'\)\.join\('((?:[^'\\]|\\n)*)'\)\}\}([\s\S]*?)\{\{~\}\}([\s\S]*)$/;

export function withoutEvalTemplates(locale: Locale): Locale {
  const out = structuredClone(locale) as Locale & { failureSummaries?: Record<string, { failureMessage?: unknown }> };
  for (const summary of Object.values(out.failureSummaries ?? {})) {
    if (typeof summary.failureMessage === 'string') summary.failureMessage = compileLoop(summary.failureMessage);
  }
  const left = JSON.stringify(out).match(/\{\{[\s\S]*?\}\}/);
  if (left) throw new Error(`axe locale template needs eval, which the extension forbids: ${left[0]}`);
  return out;
}

function compileLoop(template: string): string | ((messages: string[]) => string) {
  if (!template.includes('{{')) return template;
  const match = LOOP.exec(template);
  if (!match) return template;
  const [, before = '', open = '', separator = '', close = '', after = ''] = match;
  const joiner = separator.replace(/\\n/g, '\n');
  return (messages: string[]) => before + messages.map((message) => open + message.split('\n').join(joiner) + close).join('') + after;
}
