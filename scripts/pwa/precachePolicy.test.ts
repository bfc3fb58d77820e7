import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  CONTENT_FILES,
  PRECACHE_MAX_BYTES,
  checkPrecache,
  contentFallbackUrl,
  contentRuntimeCaching,
  isKioskUnneeded,
  requiredFiles,
  unneededChunks,
  type PrecacheEntry,
} from './precachePolicy.ts';

describe('what a kiosk never needs', () => {
  it.each([
    'assets/emulate-DYRy6w9Q.js',
    'assets/living_room-BnsZND9o.js',
    'assets/music_room-DXDuiouU.js',
    'assets/meeting_room-C9JCGYA6.js',
    'assets/office_large-BnjKbEmY.js',
    'assets/office_small-BhdJR0DT.js',
    'assets/PerfOverlay-Cqs-IzQr.js',
    'assets/HallXR-BgH0BzQ9.js',
    'assets/createHallXRStore-Be-LOJwK.js',
    'assets/dist-Cn5woalK.js',
    'xr-profiles/profilesList.json',
    'xr-profiles/meta-quest-touch-plus/left.glb',
    'assets/index-B4mpVDbS.js.map',
  ])('%s is left out', (path) => expect(isKioskUnneeded(path)).toBe(true));

  it.each([
    'index.html',
    'assets/index-B4mpVDbS.js',
    'assets/jsx-runtime-mW0jD6SB.js',
    'assets/BatchedLabels-BzRrjfQq.js',
    'assets/troika-three-text.esm-DsOjjFZo.js',
    'assets/index-XjzCSJuW.css',
    'fonts/fallback-regular.woff',
    'content/exhibition.json',
  ])('%s is kept', (path) => expect(isKioskUnneeded(path)).toBe(false));

  it('finds emulator / XR / perf chunks by their modules, whatever they are named', () => {
    const chunks = [
      { fileName: 'assets/index-a.js', moduleIds: ['/p/src/main.tsx', '/p/src/controls/xr/xrSupport.ts'] },
      { fileName: 'assets/vendor-b.js', moduleIds: ['/p/node_modules/@react-three/xr/dist/index.js'] },
      { fileName: 'assets/rooms-c.js', moduleIds: ['/p/node_modules/@iwer/sem/lib/index.js'] },
      { fileName: 'assets/x-d.js', moduleIds: ['/p/src/perf/PerfOverlay.tsx'] },
      { fileName: 'assets/labels-e.js', moduleIds: ['/p/node_modules/troika-three-text/dist/index.js'] },
    ];
    expect(unneededChunks(chunks)).toEqual(['assets/vendor-b.js', 'assets/rooms-c.js', 'assets/x-d.js']);
  });
});

describe('content is network-first', () => {
  const [exhibition, kiosk, drafts] = contentRuntimeCaching();
  it('matches the content files under any subpath, not the schema', () => {
    expect(exhibition?.urlPattern.test('http://127.0.0.1:4173/hall/content/exhibition.json')).toBe(true);
    expect(exhibition?.urlPattern.test('http://127.0.0.1:4173/content/exhibition.json?v=2')).toBe(true);
    expect(exhibition?.urlPattern.test('http://127.0.0.1:4173/content/exhibition.schema.json')).toBe(false);
    expect(kiosk?.urlPattern.test('http://127.0.0.1:4173/content/kiosk.json')).toBe(true);
    expect(drafts?.urlPattern.test('http://127.0.0.1:4173/content/draft-2024.json')).toBe(true);
  });
  it('waits 3 s for the network, then the cache, then the precached copy', () => {
    expect(exhibition?.handler).toBe('NetworkFirst');
    expect(exhibition?.options).toMatchObject({
      networkTimeoutSeconds: 3,
      precacheFallback: { fallbackURL: 'content/exhibition.json?sw-fallback=1' },
    });
    expect(kiosk?.options).toMatchObject({
      precacheFallback: { fallbackURL: 'content/kiosk.json?sw-fallback=1' },
    });
  });
});

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A small dist/ with the files the hall needs. */
function fakeDist(): { dir: string; entries: PrecacheEntry[] } {
  const dir = mkdtempSync(join(tmpdir(), 'hall-dist-'));
  tempDirs.push(dir);
  const files: Record<string, string | Buffer> = {
    'index.html': '<!doctype html>',
    'assets/index-abc.js': 'export {}',
    'fonts/manifest.json': JSON.stringify({
      regular: 'hall-regular.woff',
      bold: 'hall-bold.woff',
      fallback: 'fallback-regular.woff',
    }),
    'fonts/fallback-chars.json': '{"chars":""}',
    'fonts/hall-regular.woff': Buffer.alloc(1000),
    'fonts/hall-bold.woff': Buffer.alloc(1000),
    'fonts/fallback-regular.woff': Buffer.alloc(1_564_084),
    'content/exhibition.json': '{}',
    'content/kiosk.json': '{}',
  };
  const entries: PrecacheEntry[] = [];
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
    entries.push({ url: path, revision: path.startsWith('assets/') ? null : 'r1', size: body.length });
  }
  return { dir, entries };
}

describe('checkPrecache (the build fails rather than ship an install that cannot succeed)', () => {
  it('passes a complete list and moves content to its fallback URL', () => {
    const { dir, entries } = fakeDist();
    const { manifest } = checkPrecache(entries, { distDir: dir });
    const urls = manifest.map((e) => e.url);
    expect(urls).toContain('fonts/fallback-regular.woff');
    for (const file of CONTENT_FILES) {
      expect(urls).toContain(contentFallbackUrl(file));
      expect(urls).not.toContain(file);
    }
  });

  it('refuses a URL with no file in dist/ (one failed request fails the whole install)', () => {
    const { dir, entries } = fakeDist();
    entries.push({ url: 'assets/gone-x.js', revision: null, size: 10 });
    expect(() => checkPrecache(entries, { distDir: dir })).toThrow(
      /assets\/gone-x\.js: listed but not in dist/,
    );
  });

  it('refuses a file over the size limit', () => {
    const { dir, entries } = fakeDist();
    const size = PRECACHE_MAX_BYTES + 1;
    writeFileSync(join(dir, 'assets/huge-x.js'), Buffer.alloc(size));
    entries.push({ url: 'assets/huge-x.js', revision: null, size });
    expect(() => checkPrecache(entries, { distDir: dir })).toThrow(/huge-x\.js: \d+ bytes, over/);
  });

  it('refuses a needed file that the size limit (or a glob) left out', () => {
    const { dir, entries } = fakeDist();
    const without = entries.filter((e) => e.url !== 'fonts/fallback-regular.woff');
    expect(() => checkPrecache(without, { distDir: dir })).toThrow(/fallback-regular\.woff: needed offline/);
  });

  it('refuses emulator / XR chunks, by name or by module', () => {
    const { dir, entries } = fakeDist();
    writeFileSync(join(dir, 'assets/emulate-x.js'), '');
    writeFileSync(join(dir, 'assets/renamed-y.js'), '');
    expect(() =>
      checkPrecache([...entries, { url: 'assets/emulate-x.js', revision: null, size: 0 }], { distDir: dir }),
    ).toThrow(/emulate-x\.js: emulator/);
    expect(() =>
      checkPrecache([...entries, { url: 'assets/renamed-y.js', revision: null, size: 0 }], {
        distDir: dir,
        unneededChunks: ['assets/renamed-y.js'],
      }),
    ).toThrow(/renamed-y\.js: emulator/);
  });
});

const built = existsSync('dist/sw.js');
describe.skipIf(!built)('the built dist/sw.js (skipped when dist/ is missing: run `npm run build`)', () => {
  const sw = built ? readFileSync('dist/sw.js', 'utf8') : '';
  const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1] as string);

  it('lists files that all exist in dist/, none over the limit', () => {
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      const file = join('dist', url.split('?')[0] as string);
      expect(existsSync(file), url).toBe(true);
      expect(statSync(file).size, url).toBeLessThanOrEqual(PRECACHE_MAX_BYTES);
    }
  });

  it('lists everything the hall needs offline and nothing it does not', () => {
    for (const file of requiredFiles('dist'))
      expect(urls).toContain(CONTENT_FILES.includes(file as never) ? contentFallbackUrl(file) : file);
    expect(urls.filter(isKioskUnneeded)).toEqual([]);
    expect(sw).not.toMatch(/https?:\/\//);
  });
});
