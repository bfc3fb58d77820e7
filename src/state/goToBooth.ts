import type { HallLayout } from '../layout/computeHallLayout.ts';
import { useHallStore } from './hallStore.ts';
import { usePlayerStore } from './playerStore.ts';

/** Open a booth's panel and walk (or jump) to its viewing spot. Returns false for an unknown id. */
export function goToBooth(layout: HallLayout, id: string, options: { instant?: boolean } = {}): boolean {
  const pose = layout.booths.find((b) => b.id === id);
  if (!pose) return false;
  useHallStore.getState().selectBooth(id);
  usePlayerStore.getState().requestGlide(pose.viewSpot, id, options.instant ?? false);
  return true;
}
