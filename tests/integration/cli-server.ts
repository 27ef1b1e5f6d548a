import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { SHARED_DIR } from '../shared-dir';
import { CHROMIUM_PATH, TEST_CHROMIUM_ARGS } from '../chromium';

/** Shared test plumbing for the command-line tests: a 127.0.0.1 server and one headless Chromium. */
export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Third-party fixtures live beside the repo, never copied into it. */
export function sharedFixture(...parts: string[]): string {
  const dir = path.join(SHARED_DIR, 'fixtures', ...parts);
  if (!existsSync(dir)) throw new Error(`Shared fixture missing: ${dir} (expected /work/shared/fixtures next to the repo)`);
  return dir;
}

export interface Route {
  body: string;
  headers?: Record<string, string>;
}

export interface TestServer {
  origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
};

/** Serves a folder and/or pages made in the test, on 127.0.0.1 and a random port. */
export async function startServer(options: { dir?: string; routes?: Record<string, () => Route> }): Promise<TestServer> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const route = options.routes?.[pathname]?.();
    if (route) {
      response.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store', ...route.headers });
      response.end(route.body);
      return;
    }
    const file = options.dir ? path.resolve(options.dir, '.' + pathname) : '';
    if (!options.dir || !file.startsWith(path.resolve(options.dir) + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('test server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The house launch recipe, without the extension: the CLI tests drive pages, not the popup. */
export function launchTestBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: TEST_CHROMIUM_ARGS,
  });
}

export interface CliRun {
  code: number;
  stderr: string;
}

/**
 * The command line as a person runs it: a child process, real Chromium, pages served on
 * 127.0.0.1. BALISE_LOCAL_ONLY keeps Chromium off every other host.
 */
export function runCli(args: string[], env: Record<string, string> = {}, cwd = repoRoot): Promise<CliRun> {
  const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
  return new Promise((resolve) => {
    execFile(
      tsx,
      [path.join(repoRoot, 'src/cli/main.ts'), ...args],
      // No inherited INIT_CWD (npm test sets one): paths mean `cwd` unless a test says otherwise.
      { cwd, env: { ...process.env, INIT_CWD: '', BALISE_LOCAL_ONLY: '1', ...env }, timeout: 110_000 },
      (error, _stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stderr }),
    );
  });
}
