import { contains, inflate, type Point, type Rect } from './geometry.ts';
import type { HallLayout } from './computeHallLayout.ts';

/**
 * The hall as an architect's model on a table (mixed reality): one uniform scale that fits the hall's
 * floor into a square of `side` metres, and the floor's centre, which sits at the model's origin.
 * Pure: computed from the layout alone, so it follows the content like the full-size hall.
 */
export interface TabletopFrame {
  /** Model metres per hall metre. */
  scale: number;
  /** The hall point at the model's origin (the centre of the floor). */
  centre: Point;
  /** The model's footprint on the table, metres. */
  size: { x: number; z: number };
}

export const TABLETOP_SIDE = 1;

export function computeTabletopFrame(bounds: Rect, side = TABLETOP_SIDE): TabletopFrame {
  const w = bounds.maxX - bounds.minX;
  const d = bounds.maxZ - bounds.minZ;
  const scale = side / Math.max(w, d, 1e-6);
  return {
    scale,
    centre: { x: (bounds.minX + bounds.maxX) / 2, z: (bounds.minZ + bounds.maxZ) / 2 },
    size: { x: w * scale, z: d * scale },
  };
}

/** A hall point in model coordinates (before the model's own placement on the table). */
export function hallToModel(frame: TabletopFrame, p: Point): Point {
  return { x: (p.x - frame.centre.x) * frame.scale, z: (p.z - frame.centre.z) * frame.scale };
}

export function modelToHall(frame: TabletopFrame, p: Point): Point {
  return { x: p.x / frame.scale + frame.centre.x, z: p.z / frame.scale + frame.centre.z };
}

/**
 * The booth whose stand covers a hall point, with a margin in hall metres (a fingertip on a 1 m model
 * is a few hall metres wide); the nearest stand centre wins where margins overlap. Null on the floor.
 */
export function boothAtHallPoint(layout: HallLayout, p: Point, margin = 0): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const booth of layout.booths) {
    if (!contains(inflate(booth.footprint, margin), p.x, p.z)) continue;
    const distance = Math.hypot(booth.x - p.x, booth.z - p.z);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = booth.id;
    }
  }
  return best;
}

/** Where the model stands on the table: its origin's point, its turn about the vertical, extra scale. */
export interface ModelPlacement {
  x: number;
  y: number;
  z: number;
  yaw: number;
  /** On top of the frame's fit: 1 = the model is TABLETOP_SIDE metres on its longer side. */
  scale: number;
}

/**
 * The transform of the hall's root group that turns the full-size hall into the placed model: uniform
 * scale `frame.scale × placement.scale`, turn `yaw`, and a position such that the floor's centre lands
 * on the placement point. `out` is written and returned (no allocation per frame).
 */
export function modelRootPose(
  frame: TabletopFrame,
  placement: ModelPlacement,
  out: { x: number; y: number; z: number; yaw: number; scale: number },
) {
  const k = frame.scale * placement.scale;
  const c = Math.cos(placement.yaw);
  const s = Math.sin(placement.yaw);
  // The root maps a hall point h to placement + R(yaw)·(k·h); the centre must map to the placement.
  const cx = frame.centre.x * k;
  const cz = frame.centre.z * k;
  out.x = placement.x - (cx * c + cz * s);
  out.z = placement.z - (-cx * s + cz * c);
  out.y = placement.y;
  out.yaw = placement.yaw;
  out.scale = k;
  return out;
}

/** A hall point (at height y) where the placed model shows it, in the room's coordinates. */
export function hallPointOnTable(
  frame: TabletopFrame,
  placement: ModelPlacement,
  p: Point & { y: number },
): { x: number; y: number; z: number } {
  const root = modelRootPose(frame, placement, { x: 0, y: 0, z: 0, yaw: 0, scale: 0 });
  const c = Math.cos(root.yaw);
  const s = Math.sin(root.yaw);
  const x = p.x * root.scale;
  const z = p.z * root.scale;
  return { x: root.x + x * c + z * s, y: root.y + p.y * root.scale, z: root.z - x * s + z * c };
}
