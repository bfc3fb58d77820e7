/** Byte counts: every built chunk (raw and gzip -9), and a first visit's downloads split by kind. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ByteSize {
  raw: number;
  gzip: number;
}

export interface ChunkSize extends ByteSize {
  file: string;
}

/** `assets/index-CG7ZSfmE.js` → `assets/index.js`: names that stay the same from build to build. */
export const stripHash = (file: string) => file.replace(/-[\w-]{8}(\.\w+)$/, '$1');

export const gzipSize = (data: Uint8Array): number => gzipSync(data, { level: 9 }).length;

export function sizeOf(data: Uint8Array): ByteSize {
  return { raw: data.length, gzip: gzipSize(data) };
}

/** Paths (`assets/…`) that index.html loads itself: module scripts, module preloads and stylesheets. */
export function initialAssets(indexHtml: string): string[] {
  const tags = indexHtml.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags
    .filter((tag) => /type="module"|rel="(modulepreload|stylesheet)"/.test(tag))
    .map((tag) => /(?:src|href)="(?:\.?\/)?(assets\/[^"]+)"/.exec(tag)?.[1])
    .filter((path): path is string => path !== undefined);
}

/** Every file under dist/assets, largest first, marked when index.html loads it at start. */
export function chunkSizes(distDir: string): (ChunkSize & { initial: boolean })[] {
  const assets = join(distDir, 'assets');
  const initial = new Set(initialAssets(readFileSync(join(distDir, 'index.html'), 'utf8')));
  return readdirSync(assets)
    .filter((file) => statSync(join(assets, file)).isFile())
    .map((file) => ({
      file,
      ...sizeOf(readFileSync(join(assets, file))),
      initial: initial.has(`assets/${file}`),
    }))
    .sort((a, b) => b.raw - a.raw);
}

export const KINDS = ['js', 'css', 'fonts', 'content', 'models', 'other'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * Kind of a same-origin download. Everything under fonts/ counts as fonts (the WOFF files and the small
 * manifest / coverage JSON that route text to them); JSON under content/ is the exhibition; glTF files and
 * the controller profiles under xr-profiles/ are models (the booth props are built in code: none to fetch).
 */
export function kindOf(url: string, contentType: string): Kind {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path) || contentType.includes('javascript')) return 'js';
  if (/\.css$/.test(path) || contentType.includes('text/css')) return 'css';
  if (path.includes('/fonts/') || /\.(woff2?|ttf|otf)$/.test(path) || contentType.startsWith('font/'))
    return 'fonts';
  if (path.includes('/content/') && /\.json$/.test(path)) return 'content';
  if (path.includes('/xr-profiles/') || /\.(glb|gltf)$/.test(path)) return 'models';
  return 'other';
}

export interface Download {
  url: string;
  kind: Kind;
  bytes: number;
  gzip: number;
}

export type KindTotals = Record<Kind | 'total', ByteSize & { files: number }>;

export function totalsByKind(downloads: readonly Download[]): KindTotals {
  const zero = () => ({ raw: 0, gzip: 0, files: 0 });
  const totals = { total: zero() } as KindTotals;
  for (const kind of KINDS) totals[kind] = zero();
  for (const d of downloads)
    for (const bucket of [totals[d.kind], totals.total]) {
      bucket.raw += d.bytes;
      bucket.gzip += d.gzip;
      bucket.files += 1;
    }
  return totals;
}
