import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { resolve } from 'node:path';
import { troikaCpuAtlas } from './scripts/vite/troikaCpuAtlas.ts';
import { CONTENT_SECURITY_POLICY } from './scripts/lan/csp.ts';
import {
  KIOSK_UNNEEDED_GLOBS,
  PRECACHE_GLOBS,
  PRECACHE_MAX_BYTES,
  checkPrecache,
  contentRuntimeCaching,
  unneededChunks,
} from './scripts/pwa/precachePolicy.ts';

/** The build's output folder (dist/ unless `--outDir`), where the precache check looks for each file. */
let distDir = resolve('dist');
/** Records which chunks hold emulator / XR / perf modules, so the precache check can refuse them. */
const unneeded: string[] = [];
const precacheGuard: Plugin = {
  name: 'hall:precache-guard',
  apply: 'build',
  configResolved(config) {
    distDir = resolve(config.root, config.build.outDir);
  },
  generateBundle(_options, bundle) {
    unneeded.length = 0;
    const chunks = Object.values(bundle).flatMap((out) => (out.type === 'chunk' ? [out] : []));
    unneeded.push(...unneededChunks(chunks));
  },
};

/**
 * The production page carries the same Content-Security-Policy the LAN server sends (scripts/lan/csp.ts),
 * as a <meta>, so every static host and every e2e run executes the app under it. (frame-ancestors only
 * works as a header, so it is left out of the meta.) Dev mode keeps Vite's inline HMR preamble working.
 */
const cspMeta: Plugin = {
  name: 'hall:csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content: CONTENT_SECURITY_POLICY.split(';')
          .map((d) => d.trim())
          .filter((d) => d && !d.startsWith('frame-ancestors'))
          .join('; '),
      },
      injectTo: 'head-prepend',
    },
  ],
};

/** @react-three/xr's emulator path is replaced by the app's own (src/controls/xr/noLibraryEmulator.ts). */
const noLibraryEmulator: Plugin = {
  name: 'hall:no-library-emulator',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === './emulate.js' && importer && /[\\/]@pmndrs[\\/]xr[\\/]dist[\\/]store\.js$/.test(importer))
      return resolve('src/controls/xr/noLibraryEmulator.ts');
    return null;
  },
};

/**
 * fiber's `<Canvas>` calls `extend(THREE)` with the whole namespace, so no part of three could be left out
 * of the 3D chunk. The build drops that call; the hall registers the classes its JSX uses
 * (src/three/threeCatalogue.ts). Fails the build if fiber's code changed shape.
 */
const FIBER_EXTEND_ALL = 'React.useMemo(() => extend(THREE), []);';
const threeCatalogue: Plugin = {
  name: 'hall:three-catalogue',
  apply: 'build',
  transform(code, id) {
    if (!/[\\/]@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/.test(id)) return null;
    if (!code.includes(FIBER_EXTEND_ALL))
      throw new Error(`hall:three-catalogue: "${FIBER_EXTEND_ALL}" not found in ${id}`);
    return {
      code: code.replace(FIBER_EXTEND_ALL, '').replace("import * as THREE from 'three';", ''),
      map: null,
    };
  },
};

export default defineConfig({
  base: './',
  plugins: [
    react(),
    precacheGuard,
    cspMeta,
    noLibraryEmulator,
    threeCatalogue,
    troikaCpuAtlas(import.meta.dirname),
    VitePWA({
      // A new service worker waits: it never takes over a running kiosk (no skipWaiting / clientsClaim).
      // src/kiosk/pwa/registerServiceWorker.ts activates a waiting one when the page next loads.
      registerType: 'prompt',
      injectRegister: false,
      // The icons are listed in the manifest and precached from public/icons/ by the plugin.
      includeManifestIcons: true,
      manifest: {
        name: '深圳元宇宙产业博览馆 · Shenzhen Metaverse Expo',
        short_name: '元宇宙博览馆',
        description:
          '深圳元宇宙产业白皮书（2023）互动展馆 · An interactive WebXR hall of the Shenzhen Metaverse Industry White Paper (2023)',
        lang: 'zh-CN',
        id: './',
        start_url: './',
        scope: './',
        display: 'fullscreen',
        orientation: 'any',
        background_color: '#0c0f16',
        theme_color: '#0c0f16',
        categories: ['education', 'entertainment'],
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: PRECACHE_GLOBS,
        globIgnores: KIOSK_UNNEEDED_GLOBS,
        // Workbox leaves out files over 2 MiB by default; see PRECACHE_MAX_BYTES for why this is the limit.
        maximumFileSizeToCacheInBytes: PRECACHE_MAX_BYTES,
        manifestTransforms: [(entries) => checkPrecache(entries, { distDir, unneededChunks: unneeded })],
        runtimeCaching: contentRuntimeCaching(),
        navigateFallback: 'index.html',
        // Only page navigations fall back to the app, never a file someone opens directly.
        navigateFallbackDenylist: [
          /^[^?]*\/(?:assets|content|fonts|icons|xr-profiles)\//,
          /^[^?]*\/[^/?]+\.[a-z0-9]+(?:\?|$)/i,
        ],
        skipWaiting: false,
        clientsClaim: false,
        cleanupOutdatedCaches: true,
        // The Workbox runtime is emitted next to sw.js (same origin), never loaded from a CDN.
        inlineWorkboxRuntime: false,
        sourcemap: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
