import type { Point } from './geometry.ts';

/** Booth-local (lx, lz) to hall coordinates for a booth at (x, z) turned by rotationY (three.js convention). */
export function localToWorld(x: number, z: number, rotationY: number, lx: number, lz: number): Point {
  const c = Math.cos(rotationY);
  const s = Math.sin(rotationY);
  return { x: x + lx * c + lz * s, z: z - lx * s + lz * c };
}
