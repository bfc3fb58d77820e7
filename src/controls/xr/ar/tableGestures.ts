/**
 * Moving, turning and scaling the tabletop model with one or two hands (or controller grips). Pure
 * arithmetic on plain numbers, so it is tested without a headset: a gesture starts from the model's
 * placement and the grip points at that moment, and each frame maps the grips' current points to a
 * new placement. The model stays level on its table (yaw only) and its scale stays within bounds.
 */
export interface TablePlacement {
  x: number;
  y: number;
  z: number;
  /** Turn about the vertical axis, radians. */
  yaw: number;
  /** Extra scale on top of the 1 m fit; 1 = the model is 1 m on its longer side. */
  scale: number;
}

export interface GripPoint {
  x: number;
  y: number;
  z: number;
}

export const MIN_TABLE_SCALE = 0.3;
export const MAX_TABLE_SCALE = 3;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** One grip: the model follows the hand's translation and its turn about the vertical. */
export function oneHandPlacement(
  start: TablePlacement,
  from: GripPoint & { yaw: number },
  to: GripPoint & { yaw: number },
  out: TablePlacement,
): TablePlacement {
  const turn = to.yaw - from.yaw;
  // The model turns about the hand, not its own centre, so what is under the hand stays there.
  const c = Math.cos(turn);
  const s = Math.sin(turn);
  const ox = start.x - from.x;
  const oz = start.z - from.z;
  out.x = to.x + ox * c + oz * s;
  out.z = to.z - ox * s + oz * c;
  out.y = start.y + (to.y - from.y);
  out.yaw = start.yaw + turn;
  out.scale = start.scale;
  return out;
}

/**
 * Two grips: the midpoint carries the model, the line between the hands turns it, and the change in
 * their distance scales it (pinch-to-zoom in the air), about the midpoint.
 */
export function twoHandPlacement(
  start: TablePlacement,
  fromA: GripPoint,
  fromB: GripPoint,
  toA: GripPoint,
  toB: GripPoint,
  out: TablePlacement,
): TablePlacement {
  const fromSpan = Math.hypot(fromB.x - fromA.x, fromB.z - fromA.z);
  const toSpan = Math.hypot(toB.x - toA.x, toB.z - toA.z);
  const ratio = fromSpan > 1e-3 ? toSpan / fromSpan : 1;
  const scale = clamp(start.scale * ratio, MIN_TABLE_SCALE, MAX_TABLE_SCALE);
  const k = scale / start.scale;
  // Yaw follows the hands' line; angles are measured like the hall's yaw (positive turns left).
  const fromAngle = Math.atan2(-(fromB.x - fromA.x), -(fromB.z - fromA.z));
  const toAngle = Math.atan2(-(toB.x - toA.x), -(toB.z - toA.z));
  const turn = fromSpan > 1e-3 && toSpan > 1e-3 ? toAngle - fromAngle : 0;
  const fromMid = { x: (fromA.x + fromB.x) / 2, y: (fromA.y + fromB.y) / 2, z: (fromA.z + fromB.z) / 2 };
  const toMid = { x: (toA.x + toB.x) / 2, y: (toA.y + toB.y) / 2, z: (toA.z + toB.z) / 2 };
  const c = Math.cos(turn);
  const s = Math.sin(turn);
  const ox = (start.x - fromMid.x) * k;
  const oz = (start.z - fromMid.z) * k;
  out.x = toMid.x + ox * c + oz * s;
  out.z = toMid.z - ox * s + oz * c;
  out.y = start.y + (toMid.y - fromMid.y);
  out.yaw = start.yaw + turn;
  out.scale = scale;
  return out;
}
