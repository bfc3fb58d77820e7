import type { Point } from './geometry.ts';
import { hasClearLine, isWalkable, type NavField } from './navigation.ts';

const CELL = 0.5;

interface Grid {
  cell: number;
  originX: number;
  originZ: number;
  cols: number;
  rows: number;
  walkable: Uint8Array;
}

const gridCache = new WeakMap<NavField, Grid>();

export function navGrid(nav: NavField): Grid {
  const cached = gridCache.get(nav);
  if (cached) return cached;
  const originX = nav.inner.minX;
  const originZ = nav.inner.minZ;
  const cols = Math.floor((nav.inner.maxX - originX) / CELL) + 1;
  const rows = Math.floor((nav.inner.maxZ - originZ) / CELL) + 1;
  const walkable = new Uint8Array(cols * rows);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++)
      walkable[r * cols + c] = isWalkable(nav, originX + c * CELL, originZ + r * CELL) ? 1 : 0;
  const grid = { cell: CELL, originX, originZ, cols, rows, walkable };
  gridCache.set(nav, grid);
  return grid;
}

function nearestWalkableCell(grid: Grid, p: Point): number {
  const c0 = Math.round((p.x - grid.originX) / CELL);
  const r0 = Math.round((p.z - grid.originZ) / CELL);
  for (let radius = 0; radius < 20; radius++)
    for (let dr = -radius; dr <= radius; dr++)
      for (let dc = -radius; dc <= radius; dc++) {
        const c = c0 + dc;
        const r = r0 + dr;
        if (c < 0 || r < 0 || c >= grid.cols || r >= grid.rows) continue;
        if (grid.walkable[r * grid.cols + c]) return r * grid.cols + c;
      }
  return -1;
}

/** Cells reachable from a point by walking (used by tests and to check content-driven layouts). */
export function reachableCells(nav: NavField, from: Point): { grid: Grid; seen: Uint8Array } {
  const grid = navGrid(nav);
  const seen = new Uint8Array(grid.walkable.length);
  const start = nearestWalkableCell(grid, from);
  if (start < 0) return { grid, seen };
  const queue = [start];
  seen[start] = 1;
  while (queue.length) {
    const cell = queue.pop() as number;
    const r = Math.floor(cell / grid.cols);
    const c = cell % grid.cols;
    for (const [dc, dr] of NEIGHBOURS4) {
      const nc = c + dc;
      const nr = r + dr;
      if (nc < 0 || nr < 0 || nc >= grid.cols || nr >= grid.rows) continue;
      const n = nr * grid.cols + nc;
      if (!seen[n] && grid.walkable[n]) {
        seen[n] = 1;
        queue.push(n);
      }
    }
  }
  return { grid, seen };
}

export function isReachable(nav: NavField, from: Point, to: Point): boolean {
  const grid = navGrid(nav);
  const start = nearestWalkableCell(grid, from);
  let floods = floodCache.get(nav);
  if (!floods) floodCache.set(nav, (floods = new Map()));
  let seen = floods.get(start);
  if (!seen) floods.set(start, (seen = reachableCells(nav, from).seen));
  const target = nearestWalkableCell(grid, to);
  return target >= 0 && seen[target] === 1;
}

/** The cells reachable from each start cell of a field, flooded once (a check of every booth asks often). */
const floodCache = new WeakMap<NavField, Map<number, Uint8Array>>();

const NEIGHBOURS4 = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
] as const;
const NEIGHBOURS8 = [...NEIGHBOURS4, [1, 1], [1, -1], [-1, 1], [-1, -1]] as const;

/**
 * A* over a half-metre grid of walkable floor, then string-pulled into a few straight legs.
 * Returns the waypoints after `from`, ending exactly at `to`; empty when unreachable.
 */
export function findPath(nav: NavField, from: Point, to: Point): Point[] {
  if (hasClearLine(nav, from, to)) return [{ x: to.x, z: to.z }];
  const grid = navGrid(nav);
  const start = nearestWalkableCell(grid, from);
  const goal = nearestWalkableCell(grid, to);
  if (start < 0 || goal < 0) return [];
  const n = grid.walkable.length;
  const g = new Float32Array(n).fill(Infinity);
  const came = new Int32Array(n).fill(-1);
  const closed = new Uint8Array(n);
  const goalC = goal % grid.cols;
  const goalR = Math.floor(goal / grid.cols);
  const h = (cell: number) => Math.hypot((cell % grid.cols) - goalC, Math.floor(cell / grid.cols) - goalR);
  const open = new MinHeap();
  g[start] = 0;
  open.push(start, h(start));
  while (open.size) {
    const cell = open.pop();
    if (cell === goal) break;
    if (closed[cell]) continue;
    closed[cell] = 1;
    const r = Math.floor(cell / grid.cols);
    const c = cell % grid.cols;
    for (const [dc, dr] of NEIGHBOURS8) {
      const nc = c + dc;
      const nr = r + dr;
      if (nc < 0 || nr < 0 || nc >= grid.cols || nr >= grid.rows) continue;
      const next = nr * grid.cols + nc;
      if (!grid.walkable[next] || closed[next]) continue;
      if (dc !== 0 && dr !== 0 && (!grid.walkable[r * grid.cols + nc] || !grid.walkable[nr * grid.cols + c]))
        continue;
      const cost = (g[cell] as number) + (dc !== 0 && dr !== 0 ? Math.SQRT2 : 1);
      if (cost < (g[next] as number)) {
        g[next] = cost;
        came[next] = cell;
        open.push(next, cost + h(next));
      }
    }
  }
  if (goal !== start && came[goal] === -1) return [];
  const cells: Point[] = [];
  for (let cell = goal; cell !== -1 && cell !== start; cell = came[cell] as number)
    cells.push({
      x: grid.originX + (cell % grid.cols) * CELL,
      z: grid.originZ + Math.floor(cell / grid.cols) * CELL,
    });
  cells.reverse();
  cells.push({ x: to.x, z: to.z });
  return smoothPath(nav, from, cells);
}

function smoothPath(nav: NavField, from: Point, points: Point[]): Point[] {
  const result: Point[] = [];
  let anchor = from;
  let i = 0;
  while (i < points.length) {
    let j = points.length - 1;
    while (j > i && !hasClearLine(nav, anchor, points[j] as Point)) j--;
    const p = points[j] as Point;
    result.push(p);
    anchor = p;
    i = j + 1;
  }
  return result;
}

class MinHeap {
  private items: number[] = [];
  private keys: number[] = [];
  get size() {
    return this.items.length;
  }
  push(item: number, key: number) {
    this.items.push(item);
    this.keys.push(key);
    let i = this.items.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((this.keys[p] as number) <= key) break;
      this.swap(i, p);
      i = p;
    }
  }
  pop(): number {
    const top = this.items[0] as number;
    const lastItem = this.items.pop() as number;
    const lastKey = this.keys.pop() as number;
    if (this.items.length) {
      this.items[0] = lastItem;
      this.keys[0] = lastKey;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.items.length && (this.keys[l] as number) < (this.keys[m] as number)) m = l;
        if (r < this.items.length && (this.keys[r] as number) < (this.keys[m] as number)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
  private swap(a: number, b: number) {
    [this.items[a], this.items[b]] = [this.items[b] as number, this.items[a] as number];
    [this.keys[a], this.keys[b]] = [this.keys[b] as number, this.keys[a] as number];
  }
}
