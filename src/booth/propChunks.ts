/**
 * Level of detail for the booth props, as pure functions: booths are grouped by floor cell, each cell's
 * props are drawn as one mesh (so frustum culling can skip the cells behind the visitor), and each cell
 * shows its full or far version, or nothing, by the distance from the eye to the nearest point of the
 * cell's props.
 */

/** Side of the square floor cells that group booths into one prop mesh, in metres. */
export const PROP_CELL_SIZE = 16;
/** Beyond this distance (m, to the nearest prop of a cell) a cell shows its far version. */
export const FAR_PROP_DISTANCE = 30;
/** Beyond this distance the fog has made everything the background colour (Lighting: fog far = 150 m). */
export const HIDDEN_PROP_DISTANCE = 150;

/**
 * Hysteresis of the full/far switch, as a fraction of FAR_PROP_DISTANCE (as three's LOD / drei's
 * `Detailed` do): a cell turns far at 30 m walking away, and full again only inside 27 m walking back, so
 * a visitor standing at the boundary (or the head bobbing in VR) never makes its props pop.
 */
export const PROP_LOD_HYSTERESIS = 0.1;

export type ChunkDetail = 'full' | 'far' | 'hidden';

/**
 * The detail a cell shows at `distance`, given what it showed before (`previous`; 'full' the first
 * time). The fog boundary needs no hysteresis: at HIDDEN_PROP_DISTANCE the fog has already made the
 * props the background colour, so switching there shows no change.
 */
export function chunkDetail(distance: number, previous: ChunkDetail = 'full'): ChunkDetail {
  if (distance >= HIDDEN_PROP_DISTANCE) return 'hidden';
  const toFull = previous === 'full' ? FAR_PROP_DISTANCE : FAR_PROP_DISTANCE * (1 - PROP_LOD_HYSTERESIS);
  return distance < toFull ? 'full' : 'far';
}

/** Indices of `positions` grouped by the floor cell they stand in; cells in row-major order, stable. */
export function groupByCell(
  positions: readonly { x: number; z: number }[],
  cellSize = PROP_CELL_SIZE,
): number[][] {
  const cells = new Map<string, { row: number; column: number; members: number[] }>();
  positions.forEach(({ x, z }, index) => {
    const column = Math.floor(x / cellSize);
    const row = Math.floor(z / cellSize);
    const key = `${row},${column}`;
    const cell = cells.get(key) ?? { row, column, members: [] };
    cell.members.push(index);
    cells.set(key, cell);
  });
  return [...cells.values()].sort((a, b) => a.row - b.row || a.column - b.column).map((cell) => cell.members);
}
