/**
 * The adaptive-resolution leg (19 booths), on a screen of device pixel ratio 2 (a laptop's or a phone's):
 * the entrance drawn at pixel ratios 2, 1 and 0.5 (`__hall.timeRender`, each render waited for), then the
 * same 12 s walk forward twice, once with the pixel ratio pinned at 2 (`?dpr=2`, what the hall did before
 * adaptive resolution) and once adaptive: frame times, metres walked, the pixel ratio while walking and
 * after stopping.
 */
import type { Browser, Page } from '@playwright/test';
import { RESOLUTION_TIMING, VIEWPORT } from './config.ts';
import { openHall } from './hall.ts';
import { installSampler, pixelRatio as readPixelRatio, takeFrames } from './pageScripts.ts';
import { inPage } from '../page/inPage.ts';
import { pathLength, segmentStats, type SegmentStats } from './segments.ts';

export interface WalkResult {
  mode: 'pinned at 2' | 'adaptive';
  frames: SegmentStats;
  metres: number;
  /** Pixel ratio read once a second while walking. */
  pixelRatios: number[];
  /** Pixel ratio once the visitor has stood still for a moment. */
  pixelRatioAtRest: number;
}

export interface ResolutionResult {
  devicePixelRatio: number;
  /** Median ms to draw the entrance view at each pixel ratio (SwiftShader: relative figures). */
  renderMs: { pixelRatio: number; ms: number }[];
  walks: WalkResult[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pixelRatio = (page: Page) => inPage(page, readPixelRatio);

async function walk(page: Page, mode: WalkResult['mode']): Promise<WalkResult> {
  await inPage(page, installSampler);
  await page.locator('[data-testid="hall-canvas"] canvas').click({ position: { x: 400, y: 480 } });
  await inPage(page, takeFrames);
  const pixelRatios: number[] = [];
  await page.keyboard.down('KeyW');
  for (let t = 0; t < RESOLUTION_TIMING.walkMs; t += 1000) {
    await sleep(1000);
    pixelRatios.push(await pixelRatio(page));
  }
  await page.keyboard.up('KeyW');
  const rows = await inPage(page, takeFrames);
  await sleep(RESOLUTION_TIMING.restMs);
  return {
    mode,
    frames: segmentStats(rows),
    metres: pathLength(rows),
    pixelRatios,
    pixelRatioAtRest: await pixelRatio(page),
  };
}

export async function runResolution(
  browser: Browser,
  base: string,
  log: (message: string) => void = () => {},
): Promise<ResolutionResult> {
  const devicePixelRatio = 2;
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: devicePixelRatio });
  try {
    const walks: WalkResult[] = [];
    let renderMs: ResolutionResult['renderMs'] = [];
    for (const mode of ['pinned at 2', 'adaptive'] as const) {
      const page = await context.newPage();
      await openHall(page, `${base}?lang=en${mode === 'adaptive' ? '' : '&dpr=2'}`);
      if (mode === 'pinned at 2') {
        renderMs = [];
        for (const ratio of [2, 1, 0.5])
          renderMs.push({
            pixelRatio: ratio,
            ms: await inPage(page, (r) => window.__hall?.timeRender(5, r) ?? NaN, ratio),
          });
        log(
          `  entrance render: ${renderMs.map((r) => `${r.ms.toFixed(0)} ms at ${r.pixelRatio}`).join(', ')}`,
        );
      }
      const result = await walk(page, mode);
      log(
        `  walk ${mode}: ${result.frames.frames} frames, median ${result.frames.frameMsMedian?.toFixed(0)} ms, ` +
          `${result.metres.toFixed(1)} m, pixel ratio ${result.pixelRatios.join(' → ')}, at rest ${result.pixelRatioAtRest}`,
      );
      walks.push(result);
      await page.close();
    }
    return { devicePixelRatio, renderMs, walks };
  } finally {
    await context.close();
  }
}
