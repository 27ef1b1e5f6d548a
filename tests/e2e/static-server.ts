import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

/** A folder served under a URL prefix. */
export interface Mount {
  prefix: string;
  dir: string;
}

export interface StaticServer {
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

export interface ServerOptions {
  mounts: Mount[];
  /** Extra headers by path, e.g. a strict Content-Security-Policy for one page. */
  headers?: Record<string, Record<string, string>>;
  /** Pages made on the fly (too large to keep as files). */
  generated?: Record<string, () => string>;
  /** Paths answered by closing the connection, as a server that is down: the browser shows its error page. */
  broken?: string[];
  /** Placeholders replaced in served HTML, e.g. the other test server's origin. */
  placeholders?: () => Record<string, string>;
}

/** A plain static server on 127.0.0.1 and a random port: the only network the tests use. */
export async function startStaticServer(options: ServerOptions): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (options.broken?.includes(pathname)) {
      request.socket.destroy();
      return;
    }
    const headers = { 'cache-control': 'no-store', ...options.headers?.[pathname] };
    const generate = options.generated?.[pathname];
    if (generate) {
      response.writeHead(200, { ...headers, 'content-type': TYPES['.html']! });
      response.end(generate());
      return;
    }
    const file = resolveFile(options.mounts, pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    let body: string | Buffer = readFileSync(file);
    if (type.startsWith('text/html') && options.placeholders) {
      body = Object.entries(options.placeholders()).reduce((html, [key, value]) => html.replaceAll(key, value), body.toString('utf8'));
    }
    response.writeHead(200, { ...headers, 'content-type': type });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the test server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function resolveFile(mounts: Mount[], pathname: string): string | null {
  for (const mount of mounts) {
    if (!pathname.startsWith(mount.prefix)) continue;
    const file = path.resolve(mount.dir, `.${pathname.slice(mount.prefix.length - 1)}`);
    // Never serve outside the mounted folder.
    if (!file.startsWith(path.resolve(mount.dir) + path.sep)) return null;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}
