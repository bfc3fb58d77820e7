// A small static file handler for the built hall: no directory listing, nothing outside the root folder.
import { createReadStream, realpathSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, posix, sep } from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.ktx2': 'image/ktx2',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.glb': 'model/gltf-binary',
  '.gltf': 'model/gltf+json',
  '.wasm': 'application/wasm',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
};

/** Text the browser can take gzipped (fonts, images and media are compressed already). */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.webmanifest',
  '.txt',
  '.svg',
  '.gltf',
]);
const gzipped = promisify(gzip);

/** Whether a reply to a request with this Accept-Encoding may be gzipped. */
export function acceptsGzip(acceptEncoding: string | string[] | undefined): boolean {
  return /\bgzip\b(?!;q=0(?:\.0*)?\b)/.test(String(acceptEncoding ?? ''));
}

export function contentType(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Vite's hashed output never changes under the same name; everything else is revalidated (ETag). */
export function cacheControl(urlPath: string): string {
  return urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * The request target as a clean path inside the root ("/index.html" for "/"), or null when it cannot be
 * one: bad percent-encoding, NUL or backslash, a dot segment such as ".git". ".." is clamped at the root.
 */
export function urlToPath(target: string): string | null {
  const raw = target.split(/[?#]/, 1)[0] ?? '';
  if (!raw.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  let path = posix.normalize(decoded);
  if (path.split('/').some((segment) => segment.startsWith('.') && segment !== '.well-known')) return null;
  if (path.endsWith('/')) path += 'index.html';
  return path;
}

function inside(root: string, file: string): boolean {
  return file.startsWith(root.endsWith(sep) ? root : root + sep);
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Serves the files under `root` with `headers` (security headers) on every response. */
export function createStaticHandler(root: string, headers: Record<string, string>): Handler {
  const realRoot = realpathSync(root);
  /** Gzipped bodies by file and ETag: each file is compressed once (the content JSON 167 → 54 kB). */
  const compressed = new Map<string, Promise<Buffer>>();

  const sendStatus = (
    res: ServerResponse,
    status: number,
    text: string,
    extra: Record<string, string> = {},
  ) => {
    res.writeHead(status, {
      ...headers,
      ...extra,
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    res.end(`${text}\n`);
  };

  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendStatus(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    const urlPath = urlToPath(req.url ?? '/');
    if (urlPath === null) return sendStatus(res, 403, 'Forbidden');
    let file: string;
    let stats: Awaited<ReturnType<typeof stat>>;
    try {
      // realpath follows symbolic links, so a link pointing out of the root is caught as well.
      file = await realpath(join(realRoot, urlPath));
      stats = await stat(file);
    } catch {
      return sendStatus(res, 404, 'Not found');
    }
    if (!inside(realRoot, file)) return sendStatus(res, 403, 'Forbidden');
    if (!stats.isFile()) return sendStatus(res, 404, 'Not found');

    const zip = COMPRESSIBLE.has(extname(file).toLowerCase()) && acceptsGzip(req.headers['accept-encoding']);
    const version = `${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}`;
    const etag = `W/"${version}${zip ? '-gz' : ''}"`;
    const fileHeaders = {
      ...headers,
      'Content-Type': contentType(file),
      'Cache-Control': cacheControl(urlPath),
      ETag: etag,
      'Last-Modified': stats.mtime.toUTCString(),
      Vary: 'Accept-Encoding',
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, fileHeaders);
      return res.end();
    }
    if (zip) {
      const key = `${file}\n${version}`;
      let body = compressed.get(key);
      if (!body) {
        body = readFile(file).then((raw) => gzipped(raw, { level: 9 }));
        compressed.set(key, body);
      }
      const bytes = await body;
      res.writeHead(200, {
        ...fileHeaders,
        'Content-Encoding': 'gzip',
        'Content-Length': String(bytes.length),
      });
      return res.end(req.method === 'HEAD' ? undefined : bytes);
    }
    res.writeHead(200, { ...fileHeaders, 'Content-Length': String(stats.size) });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };

  return (req, res) => {
    serve(req, res).catch(() => {
      if (!res.headersSent) sendStatus(res, 500, 'Internal server error');
      else res.destroy();
    });
  };
}
