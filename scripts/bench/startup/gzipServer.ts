/**
 * A static server on 127.0.0.1 that answers gzipped, as a static host or CDN would: the Lighthouse leg
 * measures transfer sizes and timings of what a visitor really downloads. `index.html`, `sw.js` and
 * `content/*` are no-cache, `assets/*` immutable (README, "Deploying").
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.glb': 'model/gltf-binary',
};

/** Fonts (WOFF) and PNG are compressed already: a host sends them as they are. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg']);

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export function cacheControl(path: string): string {
  return path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Serve `root` on 127.0.0.1:`port` (0: any free port). */
export async function serveGzipped(root: string, port = 0): Promise<StaticServer> {
  const base = resolve(root);
  const cache = new Map<string, Uint8Array>();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = join(base, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const type = extname(file);
    const gzip = COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    let body: Uint8Array = readFileSync(file);
    if (gzip) {
      body = cache.get(file) ?? gzipSync(body, { level: 9 });
      cache.set(file, body);
    }
    response.writeHead(200, {
      'content-type': TYPES[type] ?? 'application/octet-stream',
      'cache-control': cacheControl(path),
      'content-length': body.length,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
    });
    response.end(body);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
