/**
 * Fixed settings of `npm run bench` (issue #3): browser, viewport, route timing and output paths.
 * Everything the bench measures is relative to these; change them and old results stop being comparable.
 */
import { resolve } from 'node:path';
import { SWIFTSHADER_ARGS } from '../chromiumArgs.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = resolve(ROOT, 'dist');
export const OUT_DIR = resolve(ROOT, 'bench');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** WebGL2 through SwiftShader, headless; precise heap figures and a callable gc() for the heap reading. */
export const CHROMIUM_ARGS = [...SWIFTSHADER_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'];

export const VIEWPORT = { width: 960, height: 540 } as const;
/** The source language: CJK signage is the heavier case for text layout. */
export const LANG = 'zh';

export const ROUTE_TIMING = {
  /** Frames dropped after the hall is ready and before the overview is sampled. */
  warmUpMs: 2_000,
  /** How long each stationary view (entrance overview, booth close-up) is sampled. */
  stationaryMs: 3_000,
  /**
   * Time for all walks of one route. Each leg gets an equal share of what is left (at least minLegMs, at
   * most legTimeoutMs) and is cut short when it runs out: frames are slow on SwiftShader, the glide slows
   * down below 10 fps, and the whole bench should stay near 6 minutes on 2 cores.
   */
  routeBudgetMs: 80_000,
  minLegMs: 6_000,
  legTimeoutMs: 30_000,
  pollMs: 200,
  readyTimeoutMs: 120_000,
} as const;

/** The adaptive-resolution leg: each walk lasts walkMs; the pixel ratio at rest is read restMs after stopping. */
export const RESOLUTION_TIMING = { walkMs: 12_000, restMs: 2_500 } as const;

export const BIG_BOOTH_COUNT = 200;
export const BIG_CONTENT_FILE = 'content/bench-200.json';

/**
 * The emulated-VR leg: per view, a warm-up (at least warmUpMs, then until two XR frames in a row draw the
 * same calls, at most settleMs), then every XR frame for sampleMs and at least minFrames (at most maxMs).
 * XR frames take seconds each on SwiftShader under load: the whole leg should stay near a minute.
 */
export const XR_TIMING = {
  /** From pressing Enter VR to a session with both controllers tracked; also for the booth panel to open. */
  sessionTimeoutMs: 30_000,
  warmUpMs: 1_500,
  settleMs: 6_000,
  sampleMs: 5_000,
  minFrames: 3,
  maxMs: 10_000,
} as const;

/** Each stop of the VR sector tour: a short settle, then at least two XR frames. */
export const XR_STOP_TIMING = {
  warmUpMs: 0,
  settleMs: 3_000,
  sampleMs: 1_000,
  minFrames: 2,
  maxMs: 4_000,
} as const;

/** The XR leg reads English signage (Latin glyphs lay out faster than CJK: the leg stays short). */
export const XR_LANG = 'en';
