/**
 * Fixed settings of `npm run bench` (issue #3): browser, viewport, route timing and output paths.
 * Everything the bench measures is relative to these; change them and old results stop being comparable.
 */
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = resolve(ROOT, 'dist');
export const OUT_DIR = resolve(ROOT, 'bench');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** WebGL2 through SwiftShader, headless; precise heap figures and a callable gc() for the heap reading. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

export const VIEWPORT = { width: 960, height: 540 } as const;
/** The source language: CJK signage is the heavier case for text layout. */
export const LANG = 'zh';

export const ROUTE_TIMING = {
  /** Frames dropped after the hall is ready and before the overview is sampled. */
  warmUpMs: 2_000,
  /** How long each stationary view (entrance overview, booth close-up) is sampled. */
  stationaryMs: 3_000,
  /** Give up on one walk after this long (the leg is then reported as not arrived). */
  legTimeoutMs: 45_000,
  /** Stop walking to further sectors once a route has taken this long (keeps the bench short). */
  routeBudgetMs: 150_000,
  pollMs: 200,
  readyTimeoutMs: 120_000,
} as const;

export const BIG_BOOTH_COUNT = 200;
export const BIG_CONTENT_FILE = 'content/bench-200.json';
