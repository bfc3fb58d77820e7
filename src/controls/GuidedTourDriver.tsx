import { useEffect } from 'react';
import type { HallLayout } from '../layout/computeHallLayout.ts';
import { useTourStore } from '../state/tourStore.ts';
import { ENTRANCE_STOP } from '../state/tourStops.ts';
import { useHallStore } from '../state/hallStore.ts';
import { usePlayerStore } from '../state/playerStore.ts';
import type { Lang } from '../i18n/lang.ts';

interface Props {
  layout: HallLayout;
  dwellSeconds: number;
  /** Attract loop: change language after each full round. */
  languageRotation?: Lang[];
  /** Time acceleration for soak runs (`?timescale=`): dwell is divided by it. */
  timeScale?: number;
}

/**
 * Drives the guided tour of the booths — the visitors' Tour button, and the kiosk's attract loop, which
 * is the same tour run unattended (`useTourStore` modes 'guided' and 'attract'; not the group tours of
 * src/tour/): at each stop the visitor glides (along walkways, never through a stand) to the booth's
 * viewing spot; after the dwell the next stop follows. The caption UI shows the booth itself.
 */
export function GuidedTourDriver({ layout, dwellSeconds, languageRotation, timeScale = 1 }: Props) {
  const mode = useTourStore((s) => s.mode);
  const playing = useTourStore((s) => s.playing);
  const step = useTourStore((s) => s.step);

  useEffect(() => {
    if (mode === 'off') return;
    const { stops, index } = useTourStore.getState();
    const stop = stops[index];
    if (!stop) return;
    const player = usePlayerStore.getState();
    if (stop === ENTRANCE_STOP) {
      player.requestGlide(layout.entrance.spawn, null);
    } else {
      const pose = layout.booths.find((b) => b.id === stop);
      if (pose) player.requestGlide(pose.viewSpot, stop);
    }
    // In the attract loop the panel stays closed: the tour caption presents the booth.
    if (mode === 'guided' && stop !== ENTRANCE_STOP) useHallStore.getState().selectBooth(stop);
    if (mode === 'attract' && index === 0 && languageRotation?.length) {
      const round = Math.floor(step / Math.max(1, stops.length));
      useHallStore.getState().setLang(languageRotation[round % languageRotation.length] as Lang);
    }
  }, [mode, step, layout, languageRotation]);

  useEffect(() => {
    if (mode === 'off' || !playing) return;
    const timer = window.setTimeout(() => useTourStore.getState().go(1), (dwellSeconds * 1000) / timeScale);
    return () => window.clearTimeout(timer);
  }, [mode, playing, step, dwellSeconds, timeScale]);
  return null;
}
