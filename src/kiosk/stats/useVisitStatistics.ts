import { useEffect } from 'react';
import { useHallStore } from '../../state/hallStore.ts';
import {
  recordBoothDwell,
  recordBoothVisit,
  recordIdleReset,
  recordSession,
  recordTourInterruption,
} from './statsStore.ts';
import { createVisitTracker, type VisitSink, type VisitTracker } from './visitTracker.ts';

/** Statistics must never break the kiosk: a failed write (no IndexedDB, disk full) is only logged. */
function quietly(promise: Promise<unknown>) {
  promise.catch((error: unknown) => console.warn('[stats] could not save visit statistics', error));
}

const sink: VisitSink = {
  visit: (boothId, dwellMs, now) => quietly(recordBoothVisit(boothId, dwellMs, now)),
  dwell: (boothId, dwellMs, now) => quietly(recordBoothDwell(boothId, dwellMs, now)),
};

/** The tracker of the mounted hook; null while statistics are off. */
let active: VisitTracker | null = null;
let sessionCounted = false;

/**
 * Counts booth visits and their dwell time on this device while `enabled` (kiosk mode): a visit ends
 * when the booth panel closes or another booth opens, and is written when the page is hidden too.
 * Reads the hall store through `subscribe`, so the component using it never re-renders for it.
 */
export function useVisitStatistics(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    if (!sessionCounted) {
      sessionCounted = true;
      quietly(recordSession());
    }
    const tracker = createVisitTracker(sink);
    tracker.select(useHallStore.getState().selectedBoothId);
    if (document.visibilityState === 'hidden') tracker.pause();
    active = tracker;

    const unsubscribe = useHallStore.subscribe((state, prev) => {
      if (state.selectedBoothId !== prev.selectedBoothId) tracker.select(state.selectedBoothId);
    });
    const onVisibility = () => (document.visibilityState === 'hidden' ? tracker.pause() : tracker.resume());
    const onPageHide = () => tracker.pause();
    const onPageShow = () => {
      if (document.visibilityState !== 'hidden') tracker.resume();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      unsubscribe();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
      tracker.select(null);
      if (active === tracker) active = null;
    };
  }, [enabled]);
}

/**
 * A visitor took over from the attract loop (`KioskMode`'s `onTourInterrupted`). Counted only while
 * statistics are on. (The attract loop opens no booth panel, so its booths never count as visits.)
 */
export function reportTourInterruption(): void {
  if (active) quietly(recordTourInterruption());
}

/**
 * The kiosk went back to the attract loop after nobody touched it for `idleMs` (`KioskMode`'s
 * `onIdleReset`, which runs before the reset closes the panel): counted, and the idle time is taken
 * off the dwell of the visit still open, so an abandoned panel does not inflate it.
 */
export function reportIdleReset(idleMs = 0): void {
  if (!active) return;
  active.endVisit(idleMs);
  quietly(recordIdleReset());
}
