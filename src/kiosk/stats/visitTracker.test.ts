import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createVisitTracker, type VisitTracker } from './visitTracker.ts';
import { MAX_VISIT_MS } from './statsStore.ts';

type Written = [kind: 'visit' | 'dwell', boothId: string, dwellMs: number, date: string];

let time = 0;
let written: Written[] = [];
let tracker: VisitTracker;
const wait = (ms: number) => (time += ms);

beforeEach(() => {
  time = 1_000;
  written = [];
  const now = () => new Date(2024, 4, 3, 12, 0, 0, time);
  tracker = createVisitTracker(
    {
      visit: (id, ms, at) => written.push(['visit', id, ms, at.toISOString()]),
      dwell: (id, ms, at) => written.push(['dwell', id, ms, at.toISOString()]),
    },
    { elapsed: () => time, now },
  );
});

const visits = () => written.map(([kind, id, ms]) => [kind, id, ms]);

describe('visit tracker', () => {
  it('counts a visit with its dwell when the panel closes', () => {
    tracker.select('a');
    wait(3_000);
    tracker.select(null);
    expect(visits()).toEqual([['visit', 'a', 3_000]]);
  });

  it('ends a visit when another booth opens', () => {
    tracker.select('a');
    wait(4_000);
    tracker.select('b');
    wait(2_500);
    tracker.select(null);
    expect(visits()).toEqual([
      ['visit', 'a', 4_000],
      ['visit', 'b', 2_500],
    ]);
  });

  it('does not count accidental taps', () => {
    tracker.select('a');
    wait(1_500);
    tracker.select('b');
    wait(3_000);
    tracker.select(null);
    expect(visits()).toEqual([['visit', 'b', 3_000]]);
  });

  it('ignores selecting the open booth again', () => {
    tracker.select('a');
    wait(1_000);
    tracker.select('a');
    wait(1_500);
    tracker.select(null);
    expect(visits()).toEqual([['visit', 'a', 2_500]]);
  });

  it('writes on page hide, then goes on with the same visit without counting it twice', () => {
    tracker.select('a');
    wait(5_000);
    tracker.pause();
    wait(60_000); // hidden: does not count
    tracker.resume();
    wait(2_000);
    tracker.select(null);
    expect(visits()).toEqual([
      ['visit', 'a', 5_000],
      ['dwell', 'a', 2_000],
    ]);
  });

  it('keeps a short part before a hide until the visit is long enough', () => {
    tracker.select('a');
    wait(1_000);
    tracker.pause();
    tracker.resume();
    wait(1_500);
    tracker.select(null);
    expect(visits()).toEqual([['visit', 'a', 2_500]]);
  });

  it('caps a visit at 30 minutes over all its parts', () => {
    tracker.select('a');
    wait(MAX_VISIT_MS - 1_000);
    tracker.pause();
    tracker.resume();
    wait(10 * 60_000);
    tracker.select(null);
    expect(visits()).toEqual([
      ['visit', 'a', MAX_VISIT_MS - 1_000],
      ['dwell', 'a', 1_000],
    ]);
  });

  it('takes the idle time off the last visit before an idle reset', () => {
    tracker.select('a');
    wait(100_000);
    tracker.endVisit(90_000);
    tracker.select(null);
    expect(visits()).toEqual([['visit', 'a', 10_000]]);
  });

  it('counts the visit on the day it ends', () => {
    tracker.select('a');
    wait(3_000);
    tracker.select(null);
    expect(written[0]?.[3]).toBe(new Date(2024, 4, 3, 12, 0, 0, 4_000).toISOString());
  });
});

describe('visit tracker on the system clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('measures dwell in wall time (Date), which a fixed test clock or a reload also sees', () => {
    vi.useFakeTimers({ toFake: ['Date'] }); // performance.now keeps running in real time
    vi.setSystemTime(new Date(2024, 4, 3, 12, 0, 0));
    const seen: number[] = [];
    const systemTracker = createVisitTracker({ visit: (_, ms) => seen.push(ms), dwell: () => undefined });
    systemTracker.select('a');
    vi.setSystemTime(new Date(2024, 4, 3, 12, 0, 3));
    systemTracker.select(null);
    expect(seen).toEqual([3_000]);
  });

  it('never counts negative dwell when the clock is set back', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2024, 4, 3, 12, 0, 0));
    const seen: number[] = [];
    const systemTracker = createVisitTracker({ visit: (_, ms) => seen.push(ms), dwell: () => undefined });
    systemTracker.select('a');
    vi.setSystemTime(new Date(2024, 4, 3, 11, 0, 0));
    systemTracker.select(null);
    expect(seen).toEqual([]); // under the 2 s a visit needs: not counted
  });
});
