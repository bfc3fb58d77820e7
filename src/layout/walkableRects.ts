import type { Rect } from './geometry.ts';
import type { NavField } from './navigation.ts';
import { navGrid } from './findPath.ts';

/**
 * The walkable floor as a few rectangles (runs of walkable grid cells merged row by row, then rows of
 * identical runs merged downwards). Teleport targets are built from these, so a teleport can only land
 * where a visitor could walk.
 */
export function walkableRects(nav: NavField): Rect[] {
  const grid = navGrid(nav);
  const cell = grid.cell;
  const cellZ = grid.cell;
  const open = new Map<string, Rect>();
  const out: Rect[] = [];
  for (let r = 0; r < grid.rows; r++) {
    const runs: [number, number][] = [];
    let start = -1;
    for (let c = 0; c <= grid.cols; c++) {
      const walk = c < grid.cols && grid.walkable[r * grid.cols + c] === 1;
      if (walk && start < 0) start = c;
      if (!walk && start >= 0) {
        runs.push([start, c - 1]);
        start = -1;
      }
    }
    const next = new Map<string, Rect>();
    for (const [a, b] of runs) {
      const key = `${a}:${b}`;
      const z0 = grid.originZ + r * cellZ - cellZ / 2;
      const existing = open.get(key);
      if (existing) {
        existing.maxZ = z0 + cellZ;
        next.set(key, existing);
        open.delete(key);
      } else {
        const rect = {
          minX: grid.originX + a * cell - cell / 2,
          maxX: grid.originX + b * cell + cell / 2,
          minZ: z0,
          maxZ: z0 + cellZ,
        };
        next.set(key, rect);
      }
    }
    for (const rect of open.values()) out.push(rect);
    open.clear();
    for (const [k, v] of next) open.set(k, v);
  }
  for (const rect of open.values()) out.push(rect);
  // Cells are sampled at their centres; keep the rectangles inside the walkable field.
  return out.map((r) => ({
    minX: Math.max(r.minX, nav.inner.minX),
    maxX: Math.min(r.maxX, nav.inner.maxX),
    minZ: Math.max(r.minZ, nav.inner.minZ),
    maxZ: Math.min(r.maxZ, nav.inner.maxZ),
  }));
}
