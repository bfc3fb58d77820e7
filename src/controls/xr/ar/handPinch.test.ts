import { describe, expect, it } from 'vitest';
import { onModel, pinching, PINCH_CLOSED, PINCH_OPEN } from './handPinch.ts';
import type { TablePlacement } from './tableGestures.ts';

describe('pinching', () => {
  it('closes under 1.5 cm and opens only over 3 cm, so jitter in between keeps hold', () => {
    expect(pinching(0.05, false)).toBe(false);
    expect(pinching(PINCH_CLOSED - 0.001, false)).toBe(true);
    expect(pinching(0.02, false)).toBe(false);
    expect(pinching(0.02, true)).toBe(true);
    expect(pinching(PINCH_OPEN + 0.001, true)).toBe(false);
  });
});

describe('onModel', () => {
  // A model 1 m × 0.5 m, turned a quarter turn: its long side now runs along z.
  const placement: TablePlacement = { x: 0, y: 0.74, z: -1, yaw: Math.PI / 2, scale: 1 };
  const size = { x: 1, z: 0.5 };

  it('takes hold of the model only over its footprint (turned with it) and a hand’s height above it', () => {
    expect(onModel({ x: 0, y: 0.9, z: -1 }, placement, size)).toBe(true);
    expect(onModel({ x: 0, y: 0.9, z: -1.5 }, placement, size)).toBe(true); // along the turned long side
    expect(onModel({ x: 0.45, y: 0.9, z: -1 }, placement, size)).toBe(false); // beyond the short side
    expect(onModel({ x: 0, y: 1.2, z: -1 }, placement, size)).toBe(false); // too high: a select
    expect(onModel({ x: 0, y: 0.6, z: -1 }, placement, size)).toBe(false); // under the table
  });

  it('follows the model’s scale', () => {
    expect(onModel({ x: 0, y: 0.9, z: -2 }, placement, size)).toBe(false);
    expect(onModel({ x: 0, y: 0.9, z: -2 }, { ...placement, scale: 2 }, size)).toBe(true);
  });
});
