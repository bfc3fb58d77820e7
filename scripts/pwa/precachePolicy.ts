/**
 * What the service worker precaches, and the build-time check that keeps it installable (used by
 * vite.config.ts; node only, never bundled into the app).
 *
 * Two Workbox facts shape this file:
 *  - generateSW silently leaves out every file larger than `maximumFileSizeToCacheInBytes` (2 MiB by default);
 *    vite-plugin-pwa ≥ 1 turns that into a build error for files our globs match, and `checkPrecache` below
 *    also fails the build when a file the offline hall needs is missing from the list.
 *  - the install is all-or-nothing: one precache request that fails (404, or a file that was never deployed)
 *    fails the whole install and the hall never works offline. So every URL in the list must exist in dist/
 *    exactly as named — `checkPrecache` verifies it — and nothing optional (emulator, XR, perf) is listed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Largest file the service worker precaches. Workbox's default is 2 MiB; the largest file the kiosk needs is
 * fonts/fallback-regular.woff (the full Noto Sans SC subset font for characters outside the hall's own
 * subsets, 1.56 MB = 1.49 MiB), then the main JS chunk (~0.75 MiB). 2.5 MiB keeps about 1 MiB of headroom
 * so that a slightly bigger font or chunk does not drop out of the precache (vite-plugin-pwa then fails the
 * build rather than skipping it silently); anything bigger should be split, not precached whole.
 */
export const PRECACHE_MAX_BYTES = 2.5 * 1024 * 1024;

/** Files (relative to dist/) the offline hall needs. The web app manifest and its icons are added by the plugin. */
export const PRECACHE_GLOBS = [
  'index.html',
  'assets/**/*',
  'fonts/*.{woff,json}',
  'content/exhibition.json',
  'content/kiosk.json',
  'icons/favicon-32.png',
];

/**
 * Lazy chunks and files a kiosk visitor never loads: the IWER headset emulator and its room captures (up to
 * 2 MB each), the perf overlay, the WebXR chunks (@react-three/xr is the `dist-*` chunk) and the controller /
 * hand models for headsets. Headsets fetch them from the network when they enter VR.
 */
export const KIOSK_UNNEEDED_GLOBS = [
  'assets/emulate-*.js',
  'assets/*_room-*.js',
  'assets/office_*-*.js',
  'assets/PerfOverlay-*.js',
  'assets/HallXR-*.js',
  'assets/createHallXRStore-*.js',
  'assets/dist-*.js',
  'xr-profiles/**',
  '**/*.map',
];

/**
 * Modules whose presence marks a chunk as emulator / XR / perf code. `checkPrecache` fails the build when
 * such a chunk is precached: then the chunk names above are out of date (rolldown names chunks after a
 * module, and a dependency update can rename them).
 */
export const KIOSK_UNNEEDED_MODULES = [
  /[\\/]node_modules[\\/](?:iwer|@iwer[\\/][^\\/]+|@react-three[\\/]xr|@pmndrs[\\/]xr|r3f-perf|stats-gl)[\\/]/,
  /[\\/]src[\\/]perf[\\/]PerfOverlay\.tsx$/,
  /[\\/]src[\\/]controls[\\/]xr[\\/](?:HallXR|createHallXRStore)\.tsx?$/,
];

/** Content files: fetched network-first (new content shows at the next online reload) with a cache fallback. */
export const CONTENT_FILES = ['content/exhibition.json', 'content/kiosk.json'] as const;

/**
 * Content is also precached, under this query, as the last resort offline (the first visit fetches content
 * before the service worker controls the page, so the network-first cache is still empty at the first
 * offline reload). A separate URL, because Workbox's precache route would otherwise answer the real URL
 * cache-first and new content would wait for a new service worker.
 */
export const CONTENT_FALLBACK_QUERY = 'sw-fallback=1';
export const contentFallbackUrl = (file: string) => `${file}?${CONTENT_FALLBACK_QUERY}`;

/** The runtime cache of network-first content. */
export const CONTENT_CACHE = 'hall-content';

/** How long a content request waits for the network before it answers from the cache. */
export const CONTENT_NETWORK_TIMEOUT_SECONDS = 3;

/** A glob of the kinds used above (`*`, `**`, `{a,b}`) as a regular expression over a dist-relative path. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] as string;
    if (ch === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '{') source += '(?:';
    else if (ch === '}') source += ')';
    else if (ch === ',') source += '|';
    else source += ch.replace(/[.+?^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

const unneeded = KIOSK_UNNEEDED_GLOBS.map(globToRegExp);
export const isKioskUnneeded = (path: string) => unneeded.some((re) => re.test(path));

/** The chunks of a build whose modules mark them as emulator / XR / perf code. */
export function unneededChunks(chunks: { fileName: string; moduleIds: readonly string[] }[]): string[] {
  return chunks
    .filter((chunk) => chunk.moduleIds.some((id) => KIOSK_UNNEEDED_MODULES.some((re) => re.test(id))))
    .map((chunk) => chunk.fileName);
}

/** One precache entry as Workbox's manifestTransforms get it. */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
  size: number;
  integrity?: string;
}

/** The files the offline hall cannot start without (relative to dist/). */
export function requiredFiles(distDir: string): string[] {
  const fonts = JSON.parse(readFileSync(join(distDir, 'fonts/manifest.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const fontFiles = ['regular', 'bold', 'fallback'].map((key) => `fonts/${String(fonts[key])}`);
  return ['index.html', 'fonts/manifest.json', 'fonts/fallback-chars.json', ...fontFiles, ...CONTENT_FILES];
}

/**
 * Checks the precache list against dist/ and renames content entries to their fallback URL. Throws (failing
 * the build) on: a URL with no file in dist/, a file over PRECACHE_MAX_BYTES, an emulator/XR/perf chunk, a
 * required file left out (for example by the size limit), or no JS entry chunk.
 */
export function checkPrecache(
  entries: PrecacheEntry[],
  options: { distDir: string; unneededChunks?: readonly string[] },
): { manifest: PrecacheEntry[]; warnings: string[] } {
  const problems: string[] = [];
  const urls = new Set(entries.map((e) => e.url));
  for (const entry of entries) {
    const file = join(options.distDir, entry.url.split('?')[0] as string);
    if (!existsSync(file)) problems.push(`${entry.url}: listed but not in dist/ (the install would fail)`);
    else if (statSync(file).size > PRECACHE_MAX_BYTES)
      problems.push(`${entry.url}: ${statSync(file).size} bytes, over ${PRECACHE_MAX_BYTES}`);
    if (entry.size > PRECACHE_MAX_BYTES) problems.push(`${entry.url}: ${entry.size} bytes, over the limit`);
    if (isKioskUnneeded(entry.url) || options.unneededChunks?.includes(entry.url))
      problems.push(
        `${entry.url}: emulator / XR / perf code must not be precached (update KIOSK_UNNEEDED_GLOBS)`,
      );
  }
  for (const file of requiredFiles(options.distDir))
    if (!urls.has(file))
      problems.push(`${file}: needed offline but not precached (too large, or not matched)`);
  if (![...urls].some((url) => /^assets\/index-[^/]+\.js$/.test(url)))
    problems.push('assets/index-*.js: no entry chunk precached');
  if (problems.length) throw new Error(`Service worker precache check failed:\n  ${problems.join('\n  ')}`);
  const content = new Set<string>(CONTENT_FILES);
  const manifest = entries.map((e) => (content.has(e.url) ? { ...e, url: contentFallbackUrl(e.url) } : e));
  return { manifest, warnings: [] };
}

/** Workbox runtime caching: content network-first with a short timeout, the cache, then the precached copy. */
export function contentRuntimeCaching() {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const options = (fallback?: string) => ({
    cacheName: CONTENT_CACHE,
    networkTimeoutSeconds: CONTENT_NETWORK_TIMEOUT_SECONDS,
    cacheableResponse: { statuses: [200] },
    ...(fallback ? { precacheFallback: { fallbackURL: fallback } } : {}),
  });
  return [
    ...CONTENT_FILES.map((file) => ({
      urlPattern: new RegExp(`/${escape(file)}(?:\\?|$)`),
      handler: 'NetworkFirst' as const,
      options: options(contentFallbackUrl(file)),
    })),
    {
      // Other same-origin content files (`?content=` drafts), also network-first.
      urlPattern: /\/content\/[^/?]+\.json(?:\?|$)/,
      handler: 'NetworkFirst' as const,
      options: { ...options(), expiration: { maxEntries: 16 } },
    },
  ];
}
