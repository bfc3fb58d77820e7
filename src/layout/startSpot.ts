import { displayWallCorners, type HallLayout } from './computeHallLayout.ts';
import { startViewForAspect } from './entranceFraming.ts';

/**
 * Where a browser visitor starts on a screen of this aspect: the spawn where the desktop's lens frames the
 * entrance from it, else the back of the plaza (entranceFraming.ts startViewForAspect).
 */
export function startSpot(layout: HallLayout, aspect: number): HallLayout['entrance']['spawn'] {
  const { spawn, backSpawn, displayWalls } = layout.entrance;
  const view = startViewForAspect(aspect, displayWallCorners(displayWalls), spawn.z, backSpawn.z);
  return view.z === spawn.z ? spawn : backSpawn;
}
