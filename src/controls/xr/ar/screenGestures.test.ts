import { describe, expect, it } from 'vitest';
import { MAX_TABLE_SCALE } from './tableGestures.ts';
import { oneFingerPlacement, rayOnTable, twoFingerPlacement } from './screenGestures.ts';
import type { GripPoint, TablePlacement } from './tableGestures.ts';

const placed = (): TablePlacement => ({ x: 0.1, y: 0.74, z: -0.9, yaw: 0.3, scale: 1 });
const blank = (): TablePlacement => ({ x: 0, y: 0, z: 0, yaw: 0, scale: 0 });
const at = (x: number, z: number): GripPoint => ({ x, y: 0.74, z });

/** The model's own point under a world point (what a finger touches on the model). */
function modelPoint(p: TablePlacement, w: GripPoint) {
  const dx = (w.x - p.x) / p.scale;
  const dz = (w.z - p.z) / p.scale;
  const c = Math.cos(p.yaw);
  const s = Math.sin(p.yaw);
  return { x: dx * c - dz * s, z: dx * s + dz * c };
}

describe('rayOnTable', () => {
  it('follows a finger’s ray from the phone down to the table top', () => {
    const out = at(0, 0);
    const d = Math.SQRT1_2;
    expect(
      rayOnTable({ origin: { x: 0, y: 1.24, z: 0 }, direction: { x: 0, y: -d, z: -d } }, 0.74, out),
    ).toBe(true);
    expect(out.x).toBeCloseTo(0);
    expect(out.y).toBeCloseTo(0.74);
    expect(out.z).toBeCloseTo(-0.5);
  });

  it('misses when the ray is level, points up, or meets the plane too far off', () => {
    const out = at(0, 0);
    const o = { x: 0, y: 1.4, z: 0 };
    expect(rayOnTable({ origin: o, direction: { x: 0, y: 0, z: -1 } }, 0.74, out)).toBe(false);
    expect(rayOnTable({ origin: o, direction: { x: 0, y: 0.5, z: -0.86 } }, 0.74, out)).toBe(false);
    expect(rayOnTable({ origin: o, direction: { x: 0, y: -0.01, z: -1 } }, 0.74, out)).toBe(false);
    expect(rayOnTable({ origin: { x: 0, y: 0.5, z: 0 }, direction: { x: 0, y: -1, z: 0 } }, 0.74, out)).toBe(
      false,
    );
  });
});

describe('oneFingerPlacement', () => {
  it('drags the model across the table with the finger, without turning or scaling it', () => {
    const start = placed();
    const r = oneFingerPlacement(start, at(0.2, -0.8), at(0.35, -1.0), blank());
    expect(r.x).toBeCloseTo(0.25);
    expect(r.z).toBeCloseTo(-1.1);
    expect(r).toMatchObject({ y: 0.74, yaw: 0.3, scale: 1 });
    expect(modelPoint(r, at(0.35, -1.0)).x).toBeCloseTo(modelPoint(start, at(0.2, -0.8)).x);
  });
});

describe('twoFingerPlacement', () => {
  it('a twist turns the model, a pinch scales it, and what is under each finger stays under it', () => {
    const start = placed();
    const fromA = at(0, -0.9);
    const fromB = at(0.2, -0.9);
    // The fingers turn by 30° about their midpoint and spread to 1.5× their distance.
    const turn = Math.PI / 6;
    const mid = { x: 0.1, z: -0.9 };
    const spread = (p: GripPoint) => {
      const x = (p.x - mid.x) * 1.5;
      const z = (p.z - mid.z) * 1.5;
      return at(
        mid.x + x * Math.cos(turn) + z * Math.sin(turn),
        mid.z - x * Math.sin(turn) + z * Math.cos(turn),
      );
    };
    const toA = spread(fromA);
    const toB = spread(fromB);
    const r = twoFingerPlacement(start, fromA, fromB, toA, toB, blank());
    expect(r.scale).toBeCloseTo(1.5);
    expect(r.yaw).toBeCloseTo(0.3 + turn);
    expect(r.y).toBe(0.74);
    for (const [from, to] of [
      [fromA, toA],
      [fromB, toB],
    ] as const) {
      const before = modelPoint(start, from);
      const after = modelPoint(r, to);
      expect(after.x).toBeCloseTo(before.x);
      expect(after.z).toBeCloseTo(before.z);
    }
  });

  it('a wide pinch stops at the largest scale', () => {
    const r = twoFingerPlacement(placed(), at(0, -0.9), at(0.01, -0.9), at(-1, -0.9), at(1, -0.9), blank());
    expect(r.scale).toBe(MAX_TABLE_SCALE);
  });
});
