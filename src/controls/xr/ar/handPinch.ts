import type { GripPoint, TablePlacement } from './tableGestures.ts';

/**
 * Tracked hands (WebXR hand input): a pinch — thumb tip to index tip — over the model takes hold of it
 * like a controller's grip. Pure: the distance rule with hysteresis (a pinch closes under 1.5 cm and
 * opens again over 3 cm, so tracking jitter does not drop the model) and where a pinch may start.
 */
export const PINCH_CLOSED = 0.015;
export const PINCH_OPEN = 0.03;

/** Whether the hand pinches now, given the distance between its thumb and index tips, metres. */
export function pinching(tipDistance: number, wasPinching: boolean): boolean {
  return wasPinching ? tipDistance < PINCH_OPEN : tipDistance < PINCH_CLOSED;
}

/** A pinch takes hold of the model only over it: this far beyond its edges, and this high above it, m. */
export const GRAB_MARGIN = 0.08;
export const GRAB_HEIGHT = 0.35;

/**
 * Whether a pinch at `p` is on the placed model: over its footprint (the frame's size × the placement's
 * scale, turned with it, plus a margin) and from just under the table top to GRAB_HEIGHT above it. A
 * pinch elsewhere stays a select (pointing at a booth from a step away, pressing a panel's button).
 */
export function onModel(
  p: GripPoint,
  placement: TablePlacement,
  size: { x: number; z: number },
  margin = GRAB_MARGIN,
): boolean {
  const dy = p.y - placement.y;
  if (dy < -0.05 || dy > GRAB_HEIGHT) return false;
  const dx = p.x - placement.x;
  const dz = p.z - placement.z;
  // Into the model's own axes: undo its turn about the vertical.
  const c = Math.cos(placement.yaw);
  const s = Math.sin(placement.yaw);
  const lx = dx * c - dz * s;
  const lz = dx * s + dz * c;
  return (
    Math.abs(lx) <= (size.x * placement.scale) / 2 + margin &&
    Math.abs(lz) <= (size.z * placement.scale) / 2 + margin
  );
}
