import type { Exhibition } from '../content/schema.ts';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { localToWorld } from '../layout/transform.ts';
import type { BoxSpec } from '../layout/boxSpec.ts';
import { BOOTH } from './boothDesign.ts';

const GRAPHITE = '#23272f';
const PLATFORM = '#e9ebef';
const BOARD = '#fbfbfd';

/** Every box of every stand (platform, back wall, header, figure board, number totem), from the layout. */
export function boothBoxes(exhibition: Exhibition, layout: HallLayout): BoxSpec[] {
  const colors = new Map(exhibition.sectors.map((s) => [s.id, s.color]));
  const boxes: BoxSpec[] = [];
  for (const pose of layout.booths) {
    const accent = colors.get(pose.sector) ?? '#3a6df0';
    const put = (
      part: { w: number; h: number; d: number; y: number; z: number; x?: number },
      color: string,
    ) => {
      const p = localToWorld(pose.x, pose.z, pose.rotationY, part.x ?? 0, part.z);
      boxes.push({
        x: p.x,
        y: part.y,
        z: p.z,
        w: part.w,
        h: part.h,
        d: part.d,
        rotationY: pose.rotationY,
        color,
      });
    };
    put(BOOTH.platform, PLATFORM);
    put(BOOTH.backWall, accent);
    put(BOOTH.header, GRAPHITE);
    put(BOOTH.board, BOARD);
    put(BOOTH.totem, GRAPHITE);
    // Accent stripe on the platform's front edge and on the totem.
    put({ w: BOOTH.width, h: 0.04, d: 0.04, y: 0.1, z: BOOTH.depth / 2 - 0.02 }, accent);
    put(BOOTH.totemBand, accent);
  }
  return boxes;
}
