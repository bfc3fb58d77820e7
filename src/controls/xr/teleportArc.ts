/**
 * The teleport arc: a projectile from the controller (speed ARC_SPEED along the ray, gravity g) sampled
 * until it meets the floor (y = 0). Pure: fills `out` with x, y, z triples and writes the point count and
 * the landing point into `result` (computed every XR frame while aiming, so nothing is allocated).
 */
export const ARC_SPEED = 7;
const GRAVITY = 9.8;
const STEP = 0.03;
export const ARC_MAX_POINTS = 64;

export interface ArcResult {
  /** Points written to `out`. */
  count: number;
  /** Whether the arc reached the floor within its ARC_MAX_POINTS samples; x, z are the landing point. */
  hit: boolean;
  x: number;
  z: number;
}

export function createArcResult(): ArcResult {
  return { count: 0, hit: false, x: 0, z: 0 };
}

export function computeArc(
  origin: { x: number; y: number; z: number },
  dir: { x: number; y: number; z: number },
  out: Float32Array,
  result: ArcResult,
): ArcResult {
  let count = 0;
  result.hit = false;
  for (let i = 0; i < ARC_MAX_POINTS; i++) {
    const t = i * STEP;
    const x = origin.x + dir.x * ARC_SPEED * t;
    const y = origin.y + dir.y * ARC_SPEED * t - 0.5 * GRAVITY * t * t;
    const z = origin.z + dir.z * ARC_SPEED * t;
    if (y <= 0) {
      // Interpolate the crossing with the floor from the previous sample.
      const py = out[(count - 1) * 3 + 1] ?? origin.y;
      const px = out[(count - 1) * 3] ?? origin.x;
      const pz = out[(count - 1) * 3 + 2] ?? origin.z;
      const k = py / Math.max(1e-6, py - y);
      const hx = px + (x - px) * k;
      const hz = pz + (z - pz) * k;
      out[count * 3] = hx;
      out[count * 3 + 1] = 0;
      out[count * 3 + 2] = hz;
      result.count = count + 1;
      result.hit = true;
      result.x = hx;
      result.z = hz;
      return result;
    }
    out[count * 3] = x;
    out[count * 3 + 1] = y;
    out[count * 3 + 2] = z;
    count++;
  }
  result.count = count;
  return result;
}
