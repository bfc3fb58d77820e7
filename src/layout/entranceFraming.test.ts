import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeHallLayout, displayWallCorners, HALL_DIMENSIONS } from './computeHallLayout.ts';
import {
  cameraZToFrame,
  DEFAULT_FOV_Y,
  fovYForAspect,
  framesAll,
  horizontalFovDeg,
  MAX_FOV_Y,
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

  it('on a portrait phone (9:19.5) widens the field of view so the walls stay in view, within a limit', () => {
    const layout = computeHallLayout(booths);
    const corners = displayWallCorners(layout.entrance.displayWalls);
    const z = layout.entrance.spawn.z;
    const aspect = 9 / 19.5;
    expect(framesAll(corners, { fovY: DEFAULT_FOV_Y, aspect }, EYE, z)).toBe(false); // at 62° only a slice
    const fovY = fovYForAspect(aspect, corners, z);
    expect(fovY).toBeGreaterThan(DEFAULT_FOV_Y);
    expect(fovY).toBeLessThanOrEqual(MAX_FOV_Y);
    // The inner halves of both walls (their tiles nearest the axis) are on screen.
    const inner = corners.filter((c) => Math.abs(c.x) < 9.5);
    expect(inner.length).toBeGreaterThan(0);
    for (const c of inner) expect(Math.abs(onScreen(c, fovY, aspect, z).x)).toBeLessThan(1);
    // Landscape screens keep the desktop's field of view.
    expect(fovYForAspect(16 / 9, corners, z)).toBe(DEFAULT_FOV_Y);
  });
});
