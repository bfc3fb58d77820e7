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
