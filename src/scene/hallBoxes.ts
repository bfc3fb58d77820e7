import type { HallLayout } from '../layout/computeHallLayout.ts';
import { HALL_DIMENSIONS } from '../layout/computeHallLayout.ts';
import type { BoxSpec } from '../layout/boxSpec.ts';

const WALL = '#d8dce3';

/** The shell's boxes: outer walls with a door gap, walkway inlays, the entrance display walls and panels. */
export function hallBoxes(layout: HallLayout, panels: BoxSpec[]): BoxSpec[] {
  const { minX, maxX, minZ, maxZ } = layout.bounds;
  const h = HALL_DIMENSIONS.wallHeight;
  const t = 0.3;
  const width = maxX - minX;
  const depth = maxZ - minZ;
  const door = 6;
  const boxes: BoxSpec[] = [
    { x: (minX + maxX) / 2, y: h / 2, z: minZ - t / 2, w: width + 2 * t, h, d: t, rotationY: 0, color: WALL },
    { x: minX - t / 2, y: h / 2, z: (minZ + maxZ) / 2, w: t, h, d: depth, rotationY: 0, color: WALL },
    { x: maxX + t / 2, y: h / 2, z: (minZ + maxZ) / 2, w: t, h, d: depth, rotationY: 0, color: WALL },
  ];
  const sideW = (width - door) / 2;
  boxes.push({
    x: minX + sideW / 2,
    y: h / 2,
    z: maxZ + t / 2,
    w: sideW + t,
    h,
    d: t,
    rotationY: 0,
    color: WALL,
  });
  boxes.push({
    x: maxX - sideW / 2,
    y: h / 2,
    z: maxZ + t / 2,
    w: sideW + t,
    h,
    d: t,
    rotationY: 0,
    color: WALL,
  });
  boxes.push({ x: 0, y: h - 1.2, z: maxZ + t / 2, w: door, h: 2.4, d: t, rotationY: 0, color: WALL });
  // Door frame glow.
  boxes.push({ x: 0, y: h - 2.45, z: maxZ - 0.05, w: door, h: 0.1, d: 0.1, rotationY: 0, color: '#7fe3ff' });
  // Walkway inlays, slightly lighter than the floor, with a thin light edge.
  for (const w of layout.walkways)
    boxes.push({
      x: (w.minX + w.maxX) / 2,
      y: 0.004,
      z: (w.minZ + w.maxZ) / 2,
      w: w.maxX - w.minX - 0.6,
      h: 0.008,
      d: w.maxZ - w.minZ - 1.2,
      rotationY: 0,
      color: '#3b404a',
    });
  for (const wall of layout.entrance.displayWalls)
    boxes.push({
      x: wall.x,
      y: wall.height / 2,
      z: wall.z,
      w: wall.width,
      h: wall.height,
      d: wall.thickness,
      rotationY: wall.rotationY,
      color: '#1b2233',
    });
  for (const p of panels) boxes.push(p);
  return boxes;
}
