import { contains, inflate, type Point, type Rect } from './geometry.ts';
import type { HallLayout } from './computeHallLayout.ts';

export const VISITOR_RADIUS = 0.35;
const WALL_CLEARANCE = 0.05;

/** What a moving visitor collides with: the hall's inner walls and every obstacle, grown by their radius. */
export interface NavField {
  inner: Rect;
  blocked: Rect[];
}

export function createNavField(layout: HallLayout, radius = VISITOR_RADIUS): NavField {
  return {
    inner: inflate(layout.bounds, -(radius + WALL_CLEARANCE)),
    blocked: layout.obstacles.map((r) => inflate(r, radius)),
  };
}

export function isWalkable(nav: NavField, x: number, z: number): boolean {
  if (!contains(nav.inner, x, z)) return false;
  for (const r of nav.blocked) if (contains(r, x, z)) return false;
  return true;
}

/**
 * Move by (dx, dz), sliding along walls and stands instead of stopping dead. Writes the result into
 * `out` (no allocation: it runs every frame).
 */
export function slideMove(nav: NavField, from: Point, dx: number, dz: number, out: Point): Point {
  let x = from.x;
  let z = from.z;
  if (isWalkable(nav, x + dx, z)) x += dx;
  if (isWalkable(nav, x, z + dz)) z += dz;
  out.x = x;
  out.z = z;
  return out;
}

/** True when the straight segment a→b stays on walkable floor (sampled every 0.2 m). */
export function hasClearLine(nav: NavField, a: Point, b: Point): boolean {
  const length = Math.hypot(b.x - a.x, b.z - a.z);
  const steps = Math.max(1, Math.ceil(length / 0.2));
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    if (!isWalkable(nav, a.x + (b.x - a.x) * t, a.z + (b.z - a.z) * t)) return false;
  }
  return true;
}
