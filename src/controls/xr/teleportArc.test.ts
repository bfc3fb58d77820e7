import { describe, expect, it } from 'vitest';
import { ARC_MAX_POINTS, ARC_SPEED, computeArc, createArcResult } from './teleportArc.ts';

const GRAVITY = 9.8;

describe('computeArc', () => {
  const out = new Float32Array(ARC_MAX_POINTS * 3);
  const result = createArcResult();
  const land = (dir: { x: number; y: number; z: number }, y = 1.2) => {
    const r = computeArc({ x: 0, y, z: 0 }, dir, out, result);
    expect(r.hit, 'the arc reaches the floor').toBe(true);
    return { x: r.x, z: r.z, count: r.count };
  };

  it('lands further away the higher you aim (up to a point), always on the floor ahead', () => {
    const flat = land({ x: 0, y: -0.5, z: -0.866 });
    const up = land({ x: 0, y: 0.2, z: -0.98 });
    expect(flat.z).toBeLessThan(0);
    expect(up.z).toBeLessThan(flat.z);
    expect(out[1]).toBeCloseTo(1.2);
    // The last point written is the landing point, on the floor.
    expect(out[(up.count - 1) * 3 + 1]).toBe(0);
    expect(out[(up.count - 1) * 3 + 2]).toBeCloseTo(up.z, 5);
  });

  it('lands where the projectile lands: 45° up from 1.2 m, as the ballistic formula says', () => {
    const v = ARC_SPEED * Math.SQRT1_2;
    const t = (v + Math.sqrt(v * v + 2 * GRAVITY * 1.2)) / GRAVITY;
    const hit = land({ x: 0, y: Math.SQRT1_2, z: -Math.SQRT1_2 });
    expect(hit.z).toBeCloseTo(-v * t, 1);
    expect(Math.abs(hit.x)).toBeLessThan(1e-6);
  });

  it('aimed straight up, it comes down at your feet', () => {
    const hit = land({ x: 0, y: 1, z: 0 });
    expect(Math.hypot(hit.x, hit.z)).toBeLessThan(0.01);
  });

  it('reports no landing when the floor is out of its range, and fills all its points', () => {
    const r = computeArc({ x: 0, y: 40, z: 0 }, { x: 0, y: 0, z: -1 }, out, result);
    expect(r.hit).toBe(false);
    expect(r.count).toBe(ARC_MAX_POINTS);
  });
});
