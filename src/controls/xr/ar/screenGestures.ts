import { twoHandPlacement, type GripPoint, type TablePlacement } from './tableGestures.ts';

/**
 * A phone in AR (WebXR `screen` input sources, one per finger on the screen): each finger's ray is
 * followed down to the table's plane, and the points it touches there drive the model. One finger drags
 * it across the table; two fingers twist it (the line between them turns it) and pinch it (their
 * distance scales it) — the two-hand gesture of tableGestures.ts, with points on the table. Pure.
 */
export interface Ray {
  origin: GripPoint;
  /** Unit direction, in the same space as the origin. */
  direction: GripPoint;
}

/** Farther than this along a finger's ray is no longer "the table in front of the phone", metres. */
export const MAX_TOUCH_REACH = 5;

/** Where a finger's ray meets the level plane at `tableY`; false when it does not go down to it. */
export function rayOnTable(ray: Ray, tableY: number, out: GripPoint): boolean {
  const { origin: o, direction: d } = ray;
  if (d.y > -1e-3) return false; // level or upwards: it never reaches the table
  const t = (tableY - o.y) / d.y;
  if (t <= 0 || t > MAX_TOUCH_REACH) return false;
  out.x = o.x + d.x * t;
  out.y = tableY;
  out.z = o.z + d.z * t;
  return true;
}

/** One finger: the model slides on the table with the point under the finger (no turn, no scale). */
export function oneFingerPlacement(
  start: TablePlacement,
  from: GripPoint,
  to: GripPoint,
  out: TablePlacement,
): TablePlacement {
  out.x = start.x + (to.x - from.x);
  out.y = start.y;
  out.z = start.z + (to.z - from.z);
  out.yaw = start.yaw;
  out.scale = start.scale;
  return out;
}

/** Two fingers: twist turns, pinch scales, the midpoint carries; the model stays on its table. */
export function twoFingerPlacement(
  start: TablePlacement,
  fromA: GripPoint,
  fromB: GripPoint,
  toA: GripPoint,
  toB: GripPoint,
  out: TablePlacement,
): TablePlacement {
  twoHandPlacement(start, fromA, fromB, toA, toB, out);
  out.y = start.y;
  return out;
}
