import type { Exhibition } from '../content/schema.ts';
import type { HallLayout } from '../layout/computeHallLayout.ts';

/** The largest side of the floor plan, in CSS pixels. */
export const MINIMAP_SIZE = 168;

/** How hall coordinates map onto the plan: pixels per metre and the plan's size. */
export interface PlanScale {
  minX: number;
  minZ: number;
  scale: number;
  width: number;
  height: number;
}

export function planScale(layout: HallLayout, size = MINIMAP_SIZE): PlanScale {
  const { minX, maxX, minZ, maxZ } = layout.bounds;
  const scale = size / Math.max(maxX - minX, maxZ - minZ);
  return {
    minX,
    minZ,
    scale,
    width: Math.round((maxX - minX) * scale),
    height: Math.round((maxZ - minZ) * scale),
  };
}

/** Draw the static plan once: booths in their sector colours (the selected one brighter), entrance walls. */
export function drawPlan(
  ctx: CanvasRenderingContext2D,
  exhibition: Exhibition,
  layout: HallLayout,
  plan: PlanScale,
  selected: string | null,
): void {
  const colors = new Map(exhibition.sectors.map((s) => [s.id, s.color]));
  const toX = (x: number) => (x - plan.minX) * plan.scale;
  const toY = (z: number) => (z - plan.minZ) * plan.scale;
  ctx.clearRect(0, 0, plan.width, plan.height);
  ctx.fillStyle = 'rgba(20,24,34,0.85)';
  ctx.fillRect(0, 0, plan.width, plan.height);
  for (const b of layout.booths) {
    ctx.fillStyle = colors.get(b.sector) ?? '#888';
    ctx.globalAlpha = b.id === selected ? 1 : 0.8;
    ctx.fillRect(
      toX(b.footprint.minX),
      toY(b.footprint.minZ),
      (b.footprint.maxX - b.footprint.minX) * plan.scale,
      (b.footprint.maxZ - b.footprint.minZ) * plan.scale,
    );
  }
  ctx.globalAlpha = 1;
  ctx.strokeStyle = '#8a93a8';
  ctx.lineWidth = 2;
  for (const wall of layout.entrance.displayWalls) {
    const dx = (Math.cos(wall.rotationY) * wall.width) / 2;
    const dz = (-Math.sin(wall.rotationY) * wall.width) / 2;
    ctx.beginPath();
    ctx.moveTo(toX(wall.x - dx), toY(wall.z - dz));
    ctx.lineTo(toX(wall.x + dx), toY(wall.z + dz));
    ctx.stroke();
  }
}

/**
 * The CSS transform that puts the "you are here" marker (an arrow drawn pointing up, centred on its
 * box of `2 * half` pixels) at the pose on the plan, turned to its heading (yaw 0 looks along −z, up).
 */
export function markerTransform(plan: PlanScale, x: number, z: number, yaw: number, half = 9): string {
  const px = (x - plan.minX) * plan.scale - half;
  const py = (z - plan.minZ) * plan.scale - half;
  return `translate(${px.toFixed(1)}px, ${py.toFixed(1)}px) rotate(${(-yaw).toFixed(3)}rad)`;
}
