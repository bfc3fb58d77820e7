import { MAX_VISIT_MS, MIN_VISIT_MS } from './statsStore.ts';

/** Where finished visits go (the IndexedDB store in the app, an array in tests). */
export interface VisitSink {
  /** A new visit of `dwellMs` (≥ {@link MIN_VISIT_MS}, ≤ {@link MAX_VISIT_MS}). */
  visit(boothId: string, dwellMs: number, now: Date): void;
  /** More time for the visit already counted (after the page was hidden and shown again). */
  dwell(boothId: string, dwellMs: number, now: Date): void;
}

export interface VisitClock {
  /**
   * Milliseconds for durations. The app uses wall time (Date.now), as the statistics it writes survive
   * reloads and are kept per day; a clock set back never makes negative dwell, and one set forward adds at
   * most MAX_VISIT_MS to a visit.
   */
  elapsed(): number;
  /** Wall-clock time, for the day a visit is counted on. */
  now(): Date;
}

const systemClock: VisitClock = { elapsed: () => Date.now(), now: () => new Date() };

interface Visit {
  boothId: string;
  /** When the running part started; null while the page is hidden. */
  since: number | null;
  /** Time seen but not yet written. */
  pendingMs: number;
  /** Time written so far (one visit never exceeds MAX_VISIT_MS). */
  writtenMs: number;
  /** The visit itself has been counted. */
  counted: boolean;
}

export interface VisitTracker {
  /** The open booth panel changed (null: closed). Ends the current visit, starts the next. */
  select(boothId: string | null): void;
  /** Page hidden: write what we have, stop the clock. */
  pause(): void;
  /** Page shown again: the same visit goes on. */
  resume(): void;
  /** End the current visit now, minus `trimMs` of idle time at its end (before an idle reset). */
  endVisit(trimMs?: number): void;
}

/**
 * Turns "which booth panel is open" into visits with dwell time. A visit is counted once, when it ends
 * or the page is hidden, and only if it lasted {@link MIN_VISIT_MS}; its dwell is capped at
 * {@link MAX_VISIT_MS}. Nothing else is kept: no times of day, no sequence of booths.
 */
export function createVisitTracker(sink: VisitSink, clock: VisitClock = systemClock): VisitTracker {
  let selectedId: string | null = null;
  let current: Visit | null = null;

  const stopClock = (visit: Visit) => {
    if (visit.since === null) return;
    visit.pendingMs += Math.max(0, clock.elapsed() - visit.since);
    visit.since = null;
  };

  const write = (visit: Visit) => {
    if (!visit.counted && visit.pendingMs < MIN_VISIT_MS) return; // not a visit (yet)
    const ms = Math.max(0, Math.min(visit.pendingMs, MAX_VISIT_MS - visit.writtenMs));
    if (!visit.counted) sink.visit(visit.boothId, ms, clock.now());
    else if (ms > 0) sink.dwell(visit.boothId, ms, clock.now());
    visit.counted = true;
    visit.writtenMs += ms;
    visit.pendingMs = 0;
  };

  const end = (trimMs = 0) => {
    if (!current) return;
    stopClock(current);
    current.pendingMs = Math.max(0, current.pendingMs - Math.max(0, trimMs));
    write(current);
    current = null;
  };

  const start = () => {
    current = selectedId
      ? { boothId: selectedId, since: clock.elapsed(), pendingMs: 0, writtenMs: 0, counted: false }
      : null;
  };

  return {
    select(boothId) {
      if (boothId === selectedId) return;
      end();
      selectedId = boothId;
      start();
    },
    pause() {
      if (!current || current.since === null) return;
      stopClock(current);
      write(current);
    },
    resume() {
      if (current && current.since === null) current.since = clock.elapsed();
    },
    endVisit(trimMs) {
      end(trimMs);
    },
  };
}
