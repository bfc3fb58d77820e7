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
/** Kept across mounts, so the tracker of a remount knows whether the attract loop runs. */
let tourRunning = false;
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
    tracker.setTourRunning(tourRunning);
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
 * The attract loop starts: the booths it opens are not visits. Call it whenever the tour begins
 * (also the first time after the kiosk starts).
 */
export function reportTourStart(): void {
  tourRunning = true;
  active?.setTourRunning(true);
}

/**
 * A visitor interrupted the attract loop: counted, and from now on the booths they open are visits
 * (the booth the tour was showing counts from this moment, if they stay on it).
 */
export function reportTourInterruption(): void {
  tourRunning = false;
  if (!active) return;
  active.setTourRunning(false);
  quietly(recordTourInterruption());
}

/**
 * The kiosk went back to the tour after nobody touched it for `idleMs`. Call it *before* closing the
 * booth panel, so the idle time is taken off the last visit's dwell.
 */
export function reportIdleReset(idleMs = 0): void {
  if (!active) return;
  active.endVisit(idleMs);
  quietly(recordIdleReset());
}
