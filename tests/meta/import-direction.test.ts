import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Arrows point one way (DESIGN.md): entrypoints -> src/extension, src/ui -> src/report ->
 * src/engine; src/cli -> src/report -> src/engine. The engine stays pure: no browser.*, no
 * Preact, no Node. The extension may implement an interface the UI declares (type-only import).
 */
const root = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function imports(file: string): Array<{ spec: string; typeOnly: boolean }> {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => ({
    spec: m[3]!,
    typeOnly: Boolean(m[2]),
  }));
}

function layerOf(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const target = relative(root, join(file, '..', spec));
  const match = /^src\/(engine|report|ui|extension|cli)/.exec(target);
  return match ? `src/${match[1]}` : target;
}

const FORBIDDEN: Record<string, RegExp> = {
  'src/engine': /^(src\/(report|ui|extension|cli)|wxt|preact|webextension-polyfill|node:|playwright)/,
  'src/report': /^(src\/(ui|extension|cli)|wxt|preact|webextension-polyfill|node:|playwright)/,
  'src/ui': /^(src\/(extension|cli)|wxt|webextension-polyfill|node:|playwright)/,
  'src/extension': /^(src\/(cli)|preact|node:|playwright)/,
  'src/cli': /^(src\/(ui|extension)|wxt|preact|webextension-polyfill)/,
};

describe('import direction', () => {
  for (const layer of Object.keys(FORBIDDEN)) {
    it(`${layer} imports only what it may`, () => {
      const dir = join(root, layer);
      let files: string[] = [];
      try {
        files = sourceFiles(dir);
      } catch {
        return;
      }
      const offending = files.flatMap((file) =>
        imports(file)
          .filter(({ spec, typeOnly }) => {
            const target = layerOf(file, spec);
            if (layer === 'src/extension' && target === 'src/ui' && typeOnly) return false;
            if (layer === 'src/extension' && target === 'src/ui') return true;
            return FORBIDDEN[layer]!.test(target);
          })
          .map(({ spec }) => `${relative(root, file)} -> ${spec}`),
      );
      expect(offending).toEqual([]);
    });
  }
});
