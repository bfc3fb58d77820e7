import type { Exhibition } from '../content/schema.ts';
import { ENTRANCE_STOP } from './tourStops.ts';
import { useHallStore } from './hallStore.ts';
import { useTourStore } from './tourStore.ts';

/** The guided tour in the paper's order (entrance first), from the open booth if one is open. */
export function startGuidedTour(exhibition: Exhibition): void {
  const selected = useHallStore.getState().selectedBoothId;
  const stops = [ENTRANCE_STOP, ...exhibition.booths.map((b) => b.id)];
  useTourStore.getState().start('guided', stops, Math.max(0, stops.indexOf(selected ?? ENTRANCE_STOP)));
}
