/**
 * Adaptive resolution, the pure part: from the frame times of a moving view, the share of the device's
 * pixel ratio to render at. Slow frames (below ~45 fps) step the resolution down, fast ones (near the
 * display's rate) step it back up; a view at rest is always drawn at full resolution (AdaptiveResolution
 * does that), so signage is sharp whenever someone stops to read.
 */

export interface ResolutionPolicy {
  /** Frames per decision; the window starts again after every decision. */
  window: number;
  /** Very slow frames decide sooner: after `quickFrames` frames once they add up to `quickMs`. */
  quickFrames: number;
  quickMs: number;
  /** A median frame time above this (ms) lowers the resolution. */
  slowMs: number;
  /** A median frame time below this (ms) raises it. */
  fastMs: number;
  /** Factor per step up, and the mildest step down. */
  step: number;
  /** The steepest step down (for frames many times too slow). */
  maxStepDown: number;
  /** Lowest scale of the full pixel ratio. */
  minScale: number;
  /** Lowest pixel ratio at all (below it text turns to mush). */
  minPixelRatio: number;
}

export const RESOLUTION_POLICY: ResolutionPolicy = {
  window: 8,
  quickFrames: 3,
  quickMs: 250,
  slowMs: 1000 / 45,
  fastMs: 1000 / 55,
  step: 0.75,
  maxStepDown: 0.5,
  minScale: 0.5,
  minPixelRatio: 0.5,
};

/** The full pixel ratio: the device's, capped at 2 (beyond it the pixels cost more than they show). */
export function fullPixelRatio(devicePixelRatio: number): number {
  return Math.min(Math.max(devicePixelRatio || 1, 1), 2);
}

/**
 * Median of the first `count` values, found by sorting them in place (insertion sort: a window is a
 * handful of frames, and nothing is allocated in the frame loop). The window is spent once decided on.
 */
export function median(values: Float32Array, count: number): number {
  for (let i = 1; i < count; i++) {
    const v = values[i] ?? 0;
    let j = i - 1;
    for (; j >= 0 && (values[j] ?? 0) > v; j--) values[j + 1] = values[j] ?? 0;
    values[j + 1] = v;
  }
  return values[count >> 1] ?? 0;
}

/** Whether `count` frames taking `totalMs` in all are enough to decide on. */
export function windowComplete(count: number, totalMs: number, policy = RESOLUTION_POLICY): boolean {
  return count >= policy.window || (count >= policy.quickFrames && totalMs >= policy.quickMs);
}

/** The next scale after a window of frames with this median time; `full` is the full pixel ratio. */
export function nextScale(scale: number, medianMs: number, full: number, policy = RESOLUTION_POLICY): number {
  const lowest = Math.min(1, Math.max(policy.minScale, policy.minPixelRatio / full));
  if (medianMs > policy.slowMs) {
    // Frame time follows the pixel count, the square of the scale: aim at slowMs in one step, within limits.
    const factor = Math.min(policy.step, Math.max(policy.maxStepDown, Math.sqrt(policy.slowMs / medianMs)));
    return Math.max(lowest, scale * factor);
  }
  if (medianMs < policy.fastMs) return Math.min(1, scale / policy.step);
  return scale;
}
