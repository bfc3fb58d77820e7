import { describe, expect, it } from 'vitest';
import {
  RESOLUTION_POLICY,
  fullPixelRatio,
  median,
  nextScale,
  windowComplete,
} from './adaptiveResolution.ts';

describe('adaptive resolution policy', () => {
  it('steps down on slow frames, to a floor, and back up on fast ones', () => {
    let scale = 1;
    const seen: number[] = [];
    for (let i = 0; i < 6; i++) seen.push((scale = nextScale(scale, 30, 2)));
    expect(seen[0]).toBeCloseTo(0.75);
    expect(seen[1]).toBeCloseTo(0.5625);
    expect(Math.min(...seen)).toBeCloseTo(RESOLUTION_POLICY.minScale);
    for (let i = 0; i < 6; i++) scale = nextScale(scale, 16.7, 2);
    expect(scale).toBe(1);
  });

  it('steps harder the slower the frames, halving at most', () => {
    // 4× too slow: half the scale is a quarter of the pixels.
    expect(nextScale(1, RESOLUTION_POLICY.slowMs * 4, 2)).toBeCloseTo(0.5);
    expect(nextScale(1, 1000, 2)).toBeCloseTo(0.5);
    // Slightly slow: the mildest step.
    expect(nextScale(1, RESOLUTION_POLICY.slowMs * 1.1, 2)).toBeCloseTo(0.75);
    expect(nextScale(1, RESOLUTION_POLICY.slowMs * 2, 2)).toBeCloseTo(Math.SQRT1_2);
  });

  it('keeps the resolution between the two thresholds (no flicker near the limit)', () => {
    expect(nextScale(0.75, 20, 2)).toBe(0.75);
  });

  it('never goes below a pixel ratio of 0.5', () => {
    let scale = 1;
    for (let i = 0; i < 10; i++) scale = nextScale(scale, 500, 1);
    expect(scale * 1).toBeGreaterThanOrEqual(0.5);
  });

  it('caps the full pixel ratio at 2 and treats missing values as 1', () => {
    expect(fullPixelRatio(3)).toBe(2);
    expect(fullPixelRatio(1.5)).toBe(1.5);
    expect(fullPixelRatio(0)).toBe(1);
  });

  it('decides after a full window, or after three frames when they are very slow', () => {
    expect(windowComplete(RESOLUTION_POLICY.window, 8 * 16)).toBe(true);
    expect(windowComplete(3, 3 * 16)).toBe(false);
    expect(windowComplete(3, 3 * 300)).toBe(true);
    expect(windowComplete(2, 2 * 1000)).toBe(false);
  });

  it('takes the median of the first `count` values of a ring buffer', () => {
    const window = new Float32Array([30, 10, 20, 99]);
    expect(median(window, 3)).toBe(20);
    expect(window[3]).toBe(99); // only the window is sorted
  });
});
