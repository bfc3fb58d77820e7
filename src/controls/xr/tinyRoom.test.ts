import { describe, expect, it } from 'vitest';
import { hitTestRoom } from './tinyRoom.ts';

/** A ray pose from `origin` looking along `dir` (unit), column-major: −z column = dir, as IWER passes it. */
function ray(origin: [number, number, number], dir: [number, number, number]): number[] {
  const [x, y, z] = dir;
  // Any basis with −z = dir works for the hit test; only the z column and the translation are read.
  return [1, 0, 0, 0, 0, 1, 0, 0, -x, -y, -z, 0, ...origin, 1];
}

describe('hitTestRoom', () => {
  it('hits the table top first when looking down at it from standing, with the normal up', () => {
    const down = Math.SQRT1_2;
    const hits = hitTestRoom(ray([0, 1.6, 0], [0, -down, -down]));
    expect(hits).toHaveLength(1); // the table hides the floor under it
    const [m] = hits;
    expect(m![13]).toBeCloseTo(0.74);
    expect(m![14]).toBeCloseTo(-0.86);
    expect([m![4], m![5], m![6]]).toEqual([0, 1, 0]);
  });

  it('hits the floor beside the table, and nothing when looking up or level', () => {
    const hits = hitTestRoom(ray([2, 1.6, 0], [0, -1, 0]));
    expect(hits.map((m) => m[13])).toEqual([0]);
    expect(hitTestRoom(ray([0, 1.6, 0], [0, 1, 0]))).toEqual([]);
    expect(hitTestRoom(ray([0, 1.6, 0], [0, 0, -1]))).toEqual([]);
  });
});
