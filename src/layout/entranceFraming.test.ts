import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  computeHallLayout,
  displayWallCorners,
  HALL_DIMENSIONS,
  type HallLayout,
} from './computeHallLayout.ts';
import { entranceGeometry } from './entranceGeometry.ts';
import { localToWorld } from './transform.ts';
import {
  cameraZToFrame,
  DEFAULT_FOV_Y,
  fovYForAspect,
  framesAll,
  horizontalFovDeg,
  MAX_FOV_Y,
  startViewForAspect,
  type FramePoint,
} from './entranceFraming.ts';

const EYE = 1.6;
const booths = (
  JSON.parse(readFileSync('public/content/exhibition.json', 'utf8')) as {
    booths: { id: string; sector: string }[];
  }
).booths;

/** Where a point lands on screen, −1…1 across and up, for a camera at (0, EYE, z) looking north. */
function onScreen(p: FramePoint, fovY: number, aspect: number, z: number) {
  const depth = z - p.z;
  const t = Math.tan((fovY * Math.PI) / 360);
  return { x: p.x / depth / (t * aspect), y: (p.y - EYE) / depth / t };
}

describe('framing the start view', () => {
  it('knows the horizontal field of view of an aspect', () => {
    expect(horizontalFovDeg({ fovY: 90, aspect: 1 })).toBeCloseTo(90, 6);
    expect(horizontalFovDeg({ fovY: 62, aspect: 16 / 9 })).toBeCloseTo(93.8, 1);
  });

  it('backs the camera up until a wide row of points fits, by the tangent of the half field of view', () => {
    const row = [-10, 10].map((x) => ({ x, y: EYE, z: -20 }));
    const lens = { fovY: 90, aspect: 1 };
    const z = cameraZToFrame(row, lens, EYE);
    expect(z).toBeCloseTo(-20 + 10 / Math.tan((43 * Math.PI) / 180), 6); // 45° less the 2° margin
    expect(framesAll(row, lens, EYE, z)).toBe(true);
    expect(framesAll(row, lens, EYE, z - 0.5)).toBe(false);
    // A narrower screen needs more distance.
    expect(cameraZToFrame(row, { fovY: 90, aspect: 0.5 }, EYE)).toBeGreaterThan(z + 5);
  });

  it('also keeps a tall point inside the vertical field of view', () => {
    const tall = [{ x: 0, y: EYE + 10, z: -30 }];
    expect(cameraZToFrame(tall, { fovY: 60, aspect: 2 }, EYE)).toBeCloseTo(
      -30 + 10 / Math.tan((28 * Math.PI) / 180),
      6,
    );
  });

  it.each([1, 8, 19, 64, 200])(
    'with %i booths, both display walls show whole from the spawn on 16:9 and 16:10 desktops',
    (n) => {
      const layout = computeHallLayout(
        booths
          .slice(0, Math.min(n, booths.length))
          .concat(
            Array.from({ length: Math.max(0, n - booths.length) }, (_, i) => ({ id: `x-${i}`, sector: 'a' })),
          ),
      );
      const corners = displayWallCorners(layout.entrance.displayWalls);
      const spawn = layout.entrance.spawn;
      for (const aspect of [16 / 9, 16 / 10]) {
        expect(framesAll(corners, { fovY: DEFAULT_FOV_Y, aspect }, EYE, spawn.z)).toBe(true);
        for (const c of corners) {
          const s = onScreen(c, DEFAULT_FOV_Y, aspect, spawn.z);
          expect(Math.abs(s.x)).toBeLessThan(1);
          expect(Math.abs(s.y)).toBeLessThan(1);
        }
      }
      // Not farther than it must: the plaza grows only as much as the framing needs.
      expect(-layout.entrance.plaza.minZ).toBeGreaterThanOrEqual(HALL_DIMENSIONS.plazaDepth);
      const widest = Math.max(...corners.map((c) => Math.abs(c.x)));
      expect(framesAll(corners, { fovY: DEFAULT_FOV_Y, aspect: 16 / 10 }, EYE, spawn.z - 1)).toBe(false);
      expect(widest).toBeGreaterThan(4);
    },
  );

  it('on a portrait phone (9:19.5) widens the field of view from the back of the plaza, within a limit', () => {
    const layout = computeHallLayout(booths);
    const corners = displayWallCorners(layout.entrance.displayWalls);
    const { spawn, backSpawn } = layout.entrance;
    const aspect = 9 / 19.5;
    expect(framesAll(corners, { fovY: DEFAULT_FOV_Y, aspect }, EYE, spawn.z)).toBe(false); // at 62° only a slice
    expect(framesAll(corners, { fovY: MAX_FOV_Y, aspect }, EYE, spawn.z)).toBe(false); // even at the limit
    const view = startViewForAspect(aspect, corners, spawn.z, backSpawn.z);
    expect(view.z).toBe(backSpawn.z);
    expect(backSpawn.z).toBeGreaterThan(spawn.z); // farther back, still inside the door
    expect(backSpawn.z).toBeLessThan(layout.bounds.maxZ - 0.4);
    expect(view.fovY).toBeGreaterThan(100);
    expect(view.fovY).toBeLessThanOrEqual(MAX_FOV_Y);
    expect(framesAll(corners, { fovY: view.fovY, aspect }, EYE, view.z)).toBe(true);
    // Landscape screens keep the desktop's field of view.
    expect(fovYForAspect(16 / 9, corners, spawn.z)).toBe(DEFAULT_FOV_Y);
  });

  /** The corners of the tiles on the display walls' fronts (the faces a visitor at the door sees). */
  function frontTileCorners(layout: HallLayout): FramePoint[] {
    const fronts = layout.entrance.displayWalls.map((w) => w.rotationY);
    const { panels } = entranceGeometry(layout, 0);
    const tiles = panels.filter((p) => p.d === 0.02 && fronts.includes(p.rotationY));
    return tiles.flatMap((p) =>
      [-1, 1].flatMap((u) =>
        [-1, 1].map((v) => {
          const at = localToWorld(p.x, p.z, p.rotationY, (u * p.w) / 2, 0);
          return { x: at.x, y: p.y + (v * p.h) / 2, z: at.z };
        }),
      ),
    );
  }

  it.each([
    ['16:9', 16 / 9],
    ['16:10', 16 / 10],
    ['4:3', 4 / 3],
    ['9:16 (360×640)', 9 / 16],
    ['9:19.5 (390×844)', 390 / 844],
  ])('at %s every tile of both display walls projects inside the start view', (_, aspect) => {
    const layout = computeHallLayout(booths);
    const { spawn, backSpawn, displayWalls } = layout.entrance;
    const view = startViewForAspect(aspect, displayWallCorners(displayWalls), spawn.z, backSpawn.z);
    const tiles = frontTileCorners(layout);
    expect(tiles).toHaveLength(12 * 4); // six technologies, six industry-chain layers
    for (const c of tiles) {
      const s = onScreen(c, view.fovY, aspect, view.z);
      expect(Math.abs(s.x)).toBeLessThan(1);
      expect(Math.abs(s.y)).toBeLessThan(1);
    }
    // Where the desktop's lens frames them from the spawn, nothing changes.
    if (aspect >= 16 / 10) expect(view).toEqual({ z: spawn.z, fovY: DEFAULT_FOV_Y });
  });
});
