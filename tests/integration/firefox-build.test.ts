import { createInstance, type LinterMessage } from 'addons-linter';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './cli-server';

/*
 * There is no Firefox on the build machine, so the Firefox build is checked the way
 * addons.mozilla.org checks a submission: Mozilla's own linter on the built folder. Errors block a
 * submission; so would a warning we did not look at. The warnings we accept come from code we do
 * not write, each with its reason.
 */
const ACCEPTED_WARNINGS: ReadonlyArray<{ code: string; file: RegExp; why: string }> = [
  // zod probes whether eval is allowed (try { Function('') }) and falls back when it is not;
  // axe-core bundles promise polyfills and its doT message templates, which compile with Function.
  { code: 'DANGEROUS_EVAL', file: /^(?:background|audit)\.js$|^chunks\//, why: 'zod eval probe, axe-core polyfills and templates' },
  // Preact's dangerouslySetInnerHTML branch (we never use it) and axe-core's own DOM checks.
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^audit\.js$|^chunks\/base-[\w-]+\.js$/, why: 'Preact and axe-core internals' },
];

const firefoxBuild = path.join(repoRoot, '.output', 'firefox-mv3');

function unexpected(warnings: readonly LinterMessage[]): LinterMessage[] {
  return warnings.filter((w) => !ACCEPTED_WARNINGS.some((a) => a.code === w.code && a.file.test(w.file ?? '')));
}

describe('the Firefox build, as addons.mozilla.org would lint it', () => {
  it('has no error and no warning beyond the accepted ones', async () => {
    expect(existsSync(path.join(firefoxBuild, 'manifest.json')), 'run npm run build first').toBe(true);
    const linter = createInstance({
      config: { _: [firefoxBuild], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: false, selfHosted: false },
      runAsBinary: false,
    });
    const result = await linter.run();
    expect(result.errors).toEqual([]);
    expect(unexpected(result.warnings)).toEqual([]);
    // The manifest declares that nothing is collected (Firefox's consent screen shows it).
    expect(result.warnings.map((w) => w.code)).not.toContain('MISSING_DATA_COLLECTION_PERMISSIONS');
  });
});
