import { cameraZToFrame, DEFAULT_FOV_Y, DESKTOP_ASPECTS, type FramePoint } from './entranceFraming.ts';
import { rect, rectAround, yawTowards, type Point, type Rect } from './geometry.ts';

/** What the layout needs to know about a booth; the content's Booth satisfies it. */
export interface BoothInput {
  id: string;
  sector: string;
}

export interface BoothPose {
  id: string;
  sector: string;
  /** Position in the paper's order (0-based). */
  order: number;
  x: number;
  z: number;
  /** Rotation about y: the booth's front points along (sin(rotationY), cos(rotationY)). */
  rotationY: number;
  front: Point;
  footprint: Rect;
  /** Where a visitor stands to see the whole booth, and the heading to look at it. */
  viewSpot: Point & { yaw: number };
  walkway: number;
}

export interface SectorZone {
  sector: string;
  boothIds: string[];
  /** Where the sector's name hangs: above the first booth of the sector. */
  label: Point;
}

export interface EntranceLayout {
  door: Point;
  spawn: Point & { yaw: number };
  /**
   * The back of the plaza, just inside the door, looking north: where the start view stands on screens too
   * narrow to frame the display walls from the spawn (4:3, portrait phones; entranceFraming.ts).
   */
  backSpawn: Point & { yaw: number };
  plaza: Rect;
  /**
   * Two freestanding display walls in a V that opens towards the door, so both face a visitor who
   * walks in: [west: technologies / Comverse, east: industry chain / overview].
   */
  displayWalls: [DisplayWall, DisplayWall];
  /** The timeline runs along the inside of the west wall, from the door northwards. */
  timeline: { x: number; fromZ: number; toZ: number };
  /** The six measures hang on the inside of the east wall. */
  measures: { x: number; fromZ: number; toZ: number };
}

export interface DisplayWall {
  x: number;
  z: number;
  /** Turn about y; the wall's front points along (sin, cos) of it. */
  rotationY: number;
  width: number;
  thickness: number;
  height: number;
  /** Axis-aligned pieces covering the wall, for collisions. */
  footprint: Rect[];
}

export interface HallLayout {
  bounds: Rect;
  booths: BoothPose[];
  zones: SectorZone[];
  walkways: Rect[];
  entrance: EntranceLayout;
  /** Everything a visitor cannot walk through (booth footprints, display walls). */
  obstacles: Rect[];
}

export const HALL_DIMENSIONS = {
  boothWidth: 6,
  boothDepth: 4.5,
  boothGap: 1.2,
  walkway: 6.5,
  spine: 7,
  perimeter: 5,
  plazaDepth: 20,
  northMargin: 1,
  viewDistance: 3.6,
  wallHeight: 7,
} as const;

/** Columns of booths on each side of the central spine, chosen to keep the hall roughly square. */
export function columnsPerSide(boothCount: number): number {
  const d = HALL_DIMENSIONS;
  const bandDepth = 2 * d.boothDepth + d.walkway;
  return Math.max(1, Math.round(Math.sqrt((boothCount * bandDepth) / (4 * (d.boothWidth + d.boothGap)))));
}

/**
 * Lay the hall out from the content alone. Booths stand in back-to-back rows either side of a
 * central spine; every row faces an east–west walkway; walkways meet the spine and perimeter aisles,
 * which lead back to the entrance plaza. Booths are placed in the paper's order along a serpentine,
 * so a sector's booths stay together.
 */
export function computeHallLayout(booths: readonly BoothInput[]): HallLayout {
  const d = HALL_DIMENSIONS;
  const columns = columnsPerSide(booths.length);
  const slotsPerBand = 4 * columns;
  const bands = Math.max(1, Math.ceil(booths.length / slotsPerBand));
  const pitch = d.boothWidth + d.boothGap;
  const halfWidth = d.spine / 2 + columns * pitch + d.perimeter;
  const plazaDepth = framedPlazaDepth(halfWidth);
  const bandDepth = 2 * d.boothDepth + d.walkway;
  const northZ = -plazaDepth - bands * bandDepth - d.northMargin;
  const bounds = rect(-halfWidth, halfWidth, northZ, 0);

  const columnX = (side: -1 | 1, column: number) =>
    side * (d.spine / 2 + d.boothGap / 2 + pitch / 2 + column * pitch);
  // Serpentine order of x positions in one row: west outer → west inner, east inner → east outer.
  const rowXs: number[] = [];
  for (let c = columns - 1; c >= 0; c--) rowXs.push(columnX(-1, c));
  for (let c = 0; c < columns; c++) rowXs.push(columnX(1, c));

  const walkways: Rect[] = [];
  for (let k = 1; k <= bands; k++) {
    const southEdge = -plazaDepth - k * bandDepth + d.walkway;
    walkways.push(rect(-halfWidth, halfWidth, southEdge - d.walkway, southEdge));
  }

  const poses: BoothPose[] = booths.map((booth, order) => {
    const band = Math.floor(order / slotsPerBand);
    const inBand = order % slotsPerBand;
    const facingSouth = inBand < 2 * columns; // first row of a band faces the walkway south of it
    const indexInRow = inBand % (2 * columns);
    const xs = facingSouth ? rowXs : [...rowXs].reverse();
    const x = xs[indexInRow] as number;
    const bandSouth = -plazaDepth - band * bandDepth;
    const z = facingSouth ? bandSouth - d.boothDepth / 2 : bandSouth - 1.5 * d.boothDepth;
    const front = { x: 0, z: facingSouth ? 1 : -1 };
    const rotationY = facingSouth ? 0 : Math.PI;
    const frontEdge = z + (front.z * d.boothDepth) / 2;
    const viewPoint = { x, z: frontEdge + front.z * d.viewDistance };
    return {
      id: booth.id,
      sector: booth.sector,
      order,
      x,
      z,
      rotationY,
      front,
      footprint: rectAround(x, z, d.boothWidth / 2, d.boothDepth / 2),
      viewSpot: { ...viewPoint, yaw: yawTowards(viewPoint, { x, z }) },
      walkway: facingSouth ? band - 1 : band,
    };
  });

  const zones: SectorZone[] = [];
  for (const pose of poses) {
    const last = zones[zones.length - 1];
    if (last && last.sector === pose.sector) last.boothIds.push(pose.id);
    else zones.push({ sector: pose.sector, boothIds: [pose.id], label: { x: pose.x, z: pose.z } });
  }

  const displayWalls = [displayWall(-1, halfWidth, plazaDepth), displayWall(1, halfWidth, plazaDepth)] as [
    DisplayWall,
    DisplayWall,
  ];
  const door = { x: 0, z: 0 };
  const spawn = { ...SPAWN };
  const entrance: EntranceLayout = {
    door,
    spawn,
    backSpawn: { x: 0, z: -BACK_SPAWN_FROM_DOOR, yaw: 0 },
    plaza: rect(-halfWidth, halfWidth, -plazaDepth, 0),
    displayWalls,
    timeline: { x: -halfWidth + 0.15, fromZ: -1.5, toZ: northZ + 1 },
    measures: { x: halfWidth - 0.15, fromZ: -1.5, toZ: -plazaDepth + 1 },
  };

  return {
    bounds,
    booths: poses,
    zones,
    walkways,
    entrance,
    obstacles: [...poses.map((p) => p.footprint), ...displayWalls.flatMap((w) => w.footprint)],
  };
}

const WALL_ANGLE = (40 * Math.PI) / 180;

/** Where a visitor enters: inside the door, looking north along the hall's axis. */
const SPAWN = { x: 0, z: -2.5, yaw: 0 };
/** How far inside the door the back spawn stands: clear of the south wall for a visitor (radius 0.35 m). */
const BACK_SPAWN_FROM_DOOR = 0.6;
/** The standing eye height the start view is framed for (controls/PlayerRig's EYE_HEIGHT). */
const FRAMING_EYE_Y = 1.6;
/** The display walls' inner ends stand this far south of the plaza's north edge (the first booths). */
const WALLS_BEFORE_BOOTHS = 3.6;

/** The corners of the entrance's display walls, the points the start view must show. */
export function displayWallCorners(walls: readonly DisplayWall[]): FramePoint[] {
  return walls.flatMap((w) => {
    const ux = Math.cos(w.rotationY);
    const uz = -Math.sin(w.rotationY);
    return [-1, 1].flatMap((end) =>
      [0, w.height].map((y) => ({ x: w.x + (ux * end * w.width) / 2, y, z: w.z + (uz * end * w.width) / 2 })),
    );
  });
}

/**
 * The plaza's depth: at least HALL_DIMENSIONS.plazaDepth, and deep enough that from the spawn both display
 * walls are seen whole on a 16:9 and a 16:10 desktop at the hall's field of view (the walls and every booth
 * move north with it).
 */
export function framedPlazaDepth(halfWidth: number): number {
  const base = HALL_DIMENSIONS.plazaDepth;
  const corners = displayWallCorners([displayWall(-1, halfWidth, base), displayWall(1, halfWidth, base)]);
  const needed = Math.max(
    ...DESKTOP_ASPECTS.map((aspect) =>
      cameraZToFrame(corners, { fovY: DEFAULT_FOV_Y, aspect }, FRAMING_EYE_Y),
    ),
  );
  // Moving the plaza's north edge by s moves every corner by −s: the camera at the spawn then frames them.
  return base + Math.max(0, Math.ceil((needed - SPAWN.z) * 10) / 10);
}

/** One display wall of the entrance V on the given side (−1 west, +1 east). */
function displayWall(side: -1 | 1, halfWidth: number, plazaDepth: number): DisplayWall {
  const d = HALL_DIMENSIONS;
  const width = Math.min(12, (2 * (halfWidth - d.perimeter - 3.5)) / Math.cos(WALL_ANGLE));
  const inner = d.spine / 2 + 1.2;
  const rotationY = -side * WALL_ANGLE;
  const ux = Math.cos(rotationY);
  const uz = -Math.sin(rotationY);
  // Centre so that the inner end sits `inner` metres from the axis, just south of the first booths.
  const x = side * (inner + (width / 2) * Math.abs(ux));
  const z = -(plazaDepth - WALLS_BEFORE_BOOTHS) + (width / 2) * Math.abs(uz);
  const thickness = 0.4;
  const pieces = 8;
  const footprint: Rect[] = [];
  for (let i = 0; i < pieces; i++) {
    const t = (i + 0.5) / pieces - 0.5;
    const half = (width / pieces / 2) * Math.max(Math.abs(ux), Math.abs(uz)) + thickness / 2;
    footprint.push(rectAround(x + ux * t * width, z + uz * t * width, half, half));
  }
  return { x, z, rotationY, width, thickness, height: 4.3, footprint };
}
