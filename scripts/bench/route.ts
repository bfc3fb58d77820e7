/**
 * The fixed route, with `?perf` so that the canvas renders every animation frame: the entrance overview at
 * spawn, a walk to the first booth of every sector in order (`#/booth/<id>`, waiting each time until the
 * visitor stands still at the booth's viewing spot), and a close-up at the last of those booths with its
 * panel open. Legs share a fixed time budget (see ROUTE_TIMING). Every frame on the way is sampled in the page (rAF delta, draw calls, triangles, pose).
 */
import type { Browser, Page } from '@playwright/test';
import type { Exhibition } from '../../src/content/schema.ts';
import { computeHallLayout } from '../../src/layout/computeHallLayout.ts';
import { ROUTE_TIMING, VIEWPORT } from './config.ts';
import { openHall } from './hall.ts';
import { firstBoothOfEachSector } from './generate200.ts';
import { installSampler, setHash, takeFrames, type FrameRow } from './pageScripts.ts';
import { inPage } from '../page/inPage.ts';
import { renderInfo } from '../page/hallProbes.ts';
import { pathLength, segmentStats, type SegmentStats } from './segments.ts';

export interface Leg {
  booth: string;
  sector: string;
  frames: number;
  seconds: number;
  metres: number;
  /** Distance left to the viewing spot when the leg was cut short (0 when arrived). */
  shortBy: number;
  status: 'arrived' | 'cut short';
}

export interface RouteResult {
  overview: SegmentStats;
  walk: SegmentStats;
  closeUp: SegmentStats;
  all: SegmentStats;
  legs: Leg[];
  /** Largest renderer.info.programs / memory counts seen at the end of each segment. */
  programs: number;
  geometries: number;
  textures: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const take = (page: Page) => inPage(page, takeFrames);

function angle(a: number, b: number): number {
  const d = (((b - a) % (2 * Math.PI)) + 3 * Math.PI) % (2 * Math.PI);
  return Math.abs(d - Math.PI);
}

/** Standing at the viewing spot, facing the booth, and unchanged over the last three frames. */
function settled(rows: readonly FrameRow[], spot: { x: number; z: number; yaw: number }): boolean {
  if (rows.length < 3) return false;
  const tail = rows.slice(-3);
  const [, , , x, z, yaw] = tail[2] as FrameRow;
  const still = tail.every((r) => r[3] === x && r[4] === z && r[5] === yaw);
  return still && Math.hypot(x - spot.x, z - spot.z) < 0.02 && angle(yaw, spot.yaw) < 0.02;
}

async function sampleFor(page: Page, ms: number): Promise<FrameRow[]> {
  await sleep(ms);
  return take(page);
}

export async function runRoute(
  browser: Browser,
  url: string,
  exhibition: Exhibition,
  log: (message: string) => void = () => {},
): Promise<RouteResult> {
  const layout = computeHallLayout(exhibition.booths);
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'zh-CN' });
  const page = await context.newPage();
  const counters = { programs: 0, geometries: 0, textures: 0 };
  const noteCounters = async () => {
    const info = await inPage(page, renderInfo);
    if (!info) throw new Error('the hall probe (window.__hall) is gone');
    for (const key of ['programs', 'geometries', 'textures'] as const)
      counters[key] = Math.max(counters[key], info[key]);
  };
  try {
    await openHall(page, url);
    await inPage(page, installSampler);
    await sampleFor(page, ROUTE_TIMING.warmUpMs); // dropped: the first frames after load are not typical
    const overview = await sampleFor(page, ROUTE_TIMING.stationaryMs);
    log(`  overview: ${overview.length} frames`);
    await noteCounters();

    const stops = firstBoothOfEachSector(exhibition);
    const legs: Leg[] = [];
    const walk: FrameRow[] = [];
    const deadline = Date.now() + ROUTE_TIMING.routeBudgetMs;
    for (const [index, booth] of stops.entries()) {
      const spot = layout.booths.find((b) => b.id === booth.id)?.viewSpot;
      if (!spot) throw new Error(`booth ${booth.id} has no place in the layout`);
      // Every stop gets its share of what is left of the route's time, so a slow machine still heads for
      // every sector in turn (cutting legs short) instead of leaving the last ones out.
      const share = (deadline - Date.now()) / (stops.length - index);
      const limit = Math.min(ROUTE_TIMING.legTimeoutMs, Math.max(ROUTE_TIMING.minLegMs, share));
      const start = Date.now();
      const rows: FrameRow[] = [];
      await inPage(page, setHash, `#/booth/${booth.id}`);
      let arrived = false;
      while (!arrived && Date.now() - start < limit) {
        await sleep(ROUTE_TIMING.pollMs);
        rows.push(...(await take(page)));
        arrived = settled(rows, spot);
      }
      const last = rows[rows.length - 1];
      const leg: Leg = {
        booth: booth.id,
        sector: booth.sector,
        frames: rows.length,
        seconds: (Date.now() - start) / 1000,
        metres: pathLength(rows),
        shortBy: arrived || !last ? 0 : Math.hypot(last[3] - spot.x, last[4] - spot.z),
        status: arrived ? 'arrived' : 'cut short',
      };
      legs.push(leg);
      walk.push(...rows);
      const short = arrived ? '' : ` (${leg.shortBy.toFixed(0)} m short)`;
      log(
        `  ${leg.status} at ${leg.booth}${short}: ${leg.metres.toFixed(0)} m, ${leg.frames} frames, ${leg.seconds.toFixed(1)} s`,
      );
    }
    await noteCounters();
    const closeUp = await sampleFor(page, ROUTE_TIMING.stationaryMs);
    await noteCounters();
    return {
      overview: segmentStats(overview),
      walk: segmentStats(walk),
      closeUp: segmentStats(closeUp),
      all: segmentStats([...overview, ...walk, ...closeUp]),
      legs,
      ...counters,
    };
  } finally {
    await context.close();
  }
}
