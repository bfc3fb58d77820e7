import type { Point } from '../../layout/geometry.ts';
import { PANEL_DISTANCE, PANEL_DROP_DEG } from './legibility.ts';

/**
 * Where a panel goes: PANEL_DISTANCE from the eyes, `sideDeg` to the side of the looking direction,
 * PANEL_DROP_DEG below eye level, turned to face the eyes.
 */
export function placePanel(eye: Point & { y: number }, yaw: number, sideDeg = 0) {
  const a = yaw - (sideDeg * Math.PI) / 180;
  const x = eye.x - Math.sin(a) * PANEL_DISTANCE;
  const z = eye.z - Math.cos(a) * PANEL_DISTANCE;
  const y = eye.y - Math.tan((PANEL_DROP_DEG * Math.PI) / 180) * PANEL_DISTANCE;
  return { x, y, z, rotationY: a };
}
