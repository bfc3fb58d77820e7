import { describe, expect, it } from 'vitest';
import { ARC_MAX_POINTS, computeArc } from './teleportArc.ts';

describe('computeArc', () => {
  const out = new Float32Array(ARC_MAX_POINTS * 3);
  it('lands further away the higher you aim (up to a point), always on the floor ahead', () => {
    const flat = computeArc({ x: 0, y: 1.2, z: 0 }, { x: 0, y: -0.5, z: -0.866 }, out).hit!;
    const up = computeArc({ x: 0, y: 1.2, z: 0 }, { x: 0, y: 0.2, z: -0.98 }, out).hit!;
    expect(flat.z).toBeLessThan(0);
    expect(up.z).toBeLessThan(flat.z);
    expect(out[1]).toBeCloseTo(1.2);
  });
  it('never lands beyond its range: aimed straight up, it comes down at your feet', () => {
    const hit = computeArc({ x: 0, y: 1.2, z: 0 }, { x: 0, y: 1, z: 0 }, out).hit;
    expect(hit === null || Math.hypot(hit.x, hit.z) < 0.01).toBe(true);
  });
});
