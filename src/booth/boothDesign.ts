import { HALL_DIMENSIONS } from '../layout/computeHallLayout.ts';

/** A booth's parts in its local frame: origin on the floor at the footprint centre, front towards +z. */
const W = HALL_DIMENSIONS.boothWidth;
const D = HALL_DIMENSIONS.boothDepth;

export const BOOTH = {
  width: W,
  depth: D,
  platform: { w: W, h: 0.12, d: D, y: 0.06, z: 0 },
  backWall: { w: W, h: 3.6, d: 0.24, y: 1.8, z: -D / 2 + 0.12 },
  header: { w: W + 0.2, h: 0.72, d: 0.36, y: 3.96, z: -D / 2 + 0.18 },
  /** Key-figure board on the right half of the back wall. */
  board: { w: 2.9, h: 2.35, d: 0.06, x: 1.35, y: 1.95, z: -D / 2 + 0.27 },
  /** Number totem at the front right corner. */
  totem: { w: 0.46, h: 1.3, d: 0.46, x: W / 2 - 0.45, y: 0.65, z: D / 2 - 0.45 },
  /** Accent band round the totem's top. */
  totemBand: { w: 0.48, h: 0.08, d: 0.48, x: W / 2 - 0.45, y: 1.35, z: D / 2 - 0.45 },
  /** Where the prop stands. */
  prop: { x: -1.25, z: 0.35 },
  /** Picking volume. */
  hit: { w: W, h: 4.4, d: D },
  /** Text planes sit this far in front of the surface they are printed on. */
  textLift: 0.005,
} as const;

export const BOARD_FRONT_Z = BOOTH.board.z + BOOTH.board.d / 2 + BOOTH.textLift;
export const WALL_FRONT_Z = BOOTH.backWall.z + BOOTH.backWall.d / 2 + BOOTH.textLift;
export const HEADER_FRONT_Z = BOOTH.header.z + BOOTH.header.d / 2 + BOOTH.textLift;
export const TOTEM_FRONT_Z = BOOTH.totem.z + BOOTH.totem.d / 2 + BOOTH.textLift;

/** A face of the stand seen from the front, in the booth's frame (x to the right, y up), and its front z. */
export interface StandFace {
  id: 'backWall' | 'header' | 'board' | 'totem' | 'totemBand';
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  frontZ: number;
}

function face(
  id: StandFace['id'],
  part: { w: number; h: number; d: number; y: number; z: number; x?: number },
) {
  const x = part.x ?? 0;
  return {
    id,
    minX: x - part.w / 2,
    maxX: x + part.w / 2,
    minY: part.y - part.h / 2,
    maxY: part.y + part.h / 2,
    frontZ: part.z + part.d / 2,
  };
}

/** The faces signage is printed on or could hide behind. */
export const STAND_FACES: readonly StandFace[] = [
  face('backWall', BOOTH.backWall),
  face('header', BOOTH.header),
  face('board', BOOTH.board),
  face('totem', BOOTH.totem),
  face('totemBand', BOOTH.totemBand),
];

/** Signage that stays clear of the stand: the wall text column ends this far left of the board. */
export const WALL_TEXT_GAP = 0.15;
