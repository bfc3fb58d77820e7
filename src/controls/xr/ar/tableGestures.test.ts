import { describe, expect, it } from 'vitest';
import {
  MAX_TABLE_SCALE,
  MIN_TABLE_SCALE,
  oneHandPlacement,
  twoHandPlacement,
  type TablePlacement,
} from './tableGestures.ts';

const placed = (): TablePlacement => ({ x: 0, y: 0.75, z: -1, yaw: 0, scale: 1 });
const out = (): TablePlacement => ({ x: 0, y: 0, z: 0, yaw: 0, scale: 0 });

describe('oneHandPlacement', () => {
  it('carries the model with the hand', () => {
    const r = oneHandPlacement(
      placed(),
      { x: 0.2, y: 1, z: -0.8, yaw: 0 },
      { x: 0.5, y: 1.1, z: -0.6, yaw: 0 },
      out(),
    );
    expect(r).toMatchObject({ yaw: 0, scale: 1 });
    expect(r.x).toBeCloseTo(0.3);
    expect(r.y).toBeCloseTo(0.85);
    expect(r.z).toBeCloseTo(-0.8);
  });

  it('turns the model about the hand, so what is under the hand stays there', () => {
    const hand = { x: 0, y: 1, z: -1, yaw: 0 };
    const r = oneHandPlacement(placed(), hand, { ...hand, yaw: Math.PI / 2 }, out());
    expect(r.yaw).toBeCloseTo(Math.PI / 2);
    expect(r.x).toBeCloseTo(0);
    expect(r.z).toBeCloseTo(-1);
    const offset = oneHandPlacement(placed(), { ...hand, x: 0.5 }, { ...hand, x: 0.5, yaw: Math.PI }, out());
    expect(offset.x).toBeCloseTo(1);
    expect(offset.z).toBeCloseTo(-1);
  });
});

describe('twoHandPlacement', () => {
  const a = { x: -0.2, y: 1, z: -1 };
  const b = { x: 0.2, y: 1, z: -1 };

  it('scales by the change in the hands’ distance, within bounds', () => {
    const wider = twoHandPlacement(placed(), a, b, { ...a, x: -0.4 }, { ...b, x: 0.4 }, out());
    expect(wider.scale).toBeCloseTo(2);
    expect(wider.x).toBeCloseTo(0);
    const huge = twoHandPlacement(placed(), a, b, { ...a, x: -5 }, { ...b, x: 5 }, out());
    expect(huge.scale).toBe(MAX_TABLE_SCALE);
    const tiny = twoHandPlacement(placed(), a, b, { ...a, x: -0.001 }, { ...b, x: 0.001 }, out());
    expect(tiny.scale).toBe(MIN_TABLE_SCALE);
  });

  it('turns with the line between the hands and moves with their midpoint', () => {
    // The hands swap sides: a half turn about their midpoint (0, -1), which is the model's centre.
    const turned = twoHandPlacement(placed(), a, b, b, a, out());
    expect(Math.abs(turned.yaw)).toBeCloseTo(Math.PI);
    expect(turned.x).toBeCloseTo(0);
    expect(turned.z).toBeCloseTo(-1);
    expect(turned.scale).toBeCloseTo(1);
    const moved = twoHandPlacement(placed(), a, b, { ...a, z: -1.5 }, { ...b, z: -1.5 }, out());
    expect(moved.z).toBeCloseTo(-1.5);
    expect(moved.yaw).toBeCloseTo(0);
  });

  it('leaves the scale alone when the hands start on top of each other', () => {
    const r = twoHandPlacement(placed(), a, a, a, b, out());
    expect(r.scale).toBe(1);
    expect(r.yaw).toBe(0);
  });
});
