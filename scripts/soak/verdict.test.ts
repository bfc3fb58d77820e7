import { describe, expect, it } from 'vitest';
import { parseOptions } from './options.ts';
import { judgeSeries, leastSquaresSlope, thirds, type Point } from './verdict.ts';

/** Samples every `step` simulated minutes over `minutes`, value = f(t). */
const series = (f: (t: number) => number, minutes = 30, step = 2.5): Point[] =>
  Array.from({ length: Math.floor(minutes / step) + 1 }, (_, i) => ({ t: i * step, value: f(i * step) }));

describe('least-squares slope', () => {
  it('recovers the slope of a line, whatever its offset', () => {
    expect(leastSquaresSlope(series((t) => 3 * t + 7))).toBeCloseTo(3, 10);
    expect(leastSquaresSlope(series(() => 42))).toBe(0);
  });

  it('fits noisy points in the least-squares sense', () => {
    const points = [
      { t: 0, value: 1 },
      { t: 1, value: 3 },
      { t: 2, value: 2 },
    ];
    expect(leastSquaresSlope(points)).toBeCloseTo(0.5, 10);
  });

  it('is null without two distinct times', () => {
    expect(leastSquaresSlope([])).toBeNull();
    expect(leastSquaresSlope([{ t: 1, value: 1 }])).toBeNull();
    expect(
      leastSquaresSlope([
        { t: 1, value: 1 },
        { t: 1, value: 2 },
      ]),
    ).toBeNull();
  });
});

describe('series verdict', () => {
  it('calls a level series flat, with zero growth and slope', () => {
    const v = judgeSeries(series(() => 20_000_000));
    expect(v).toMatchObject({ verdict: 'flat', growth: 0, slopePerHour: 0, firstMedian: 20_000_000 });
  });

  it('calls a steady leak CLIMBING and reports its slope per simulated hour', () => {
    // 20 MB growing by 100 kB per simulated minute: +15 % over 30 minutes.
    const v = judgeSeries(series((t) => 20_000_000 + 100_000 * t));
    expect(v.verdict).toBe('CLIMBING');
    expect(v.slopePerHour).toBeCloseTo(6_000_000, 3);
    expect(v.growth).toBeGreaterThan(0.05);
    // The line rises 3 MB over the run, against the first third's median (the sample at 2.5 min).
    expect(v.firstMedian).toBe(20_250_000);
    expect(v.trendRise).toBeCloseTo(3_000_000 / 20_250_000, 10);
  });

  it('tolerates noise and a single outlier', () => {
    const noisy = series((t) => 20_000_000 + (Math.round(t / 2.5) % 2 ? 300_000 : -300_000));
    noisy[6] = { t: noisy[6]!.t, value: 40_000_000 }; // one sample caught mid-typesetting
    expect(judgeSeries(noisy).verdict).toBe('flat');
  });

  it('lets a small count wobble by one unit, but not leak', () => {
    const counts = { minRise: 1 };
    // 5 or 6 geometries depending on the stop, more 5s early on (as in a 6-hour run): medians 5 → 6.
    const wobble = [5, 6, 5, 5, 5, 6, 6, 6, 6, 6, 5, 6, 6];
    const points = wobble.map((value, i) => ({ t: i * 2.5, value }));
    expect(judgeSeries(points, counts)).toMatchObject({ firstMedian: 5, lastMedian: 6, verdict: 'flat' });
    // In bytes the same rise of 20 % is a climb.
    expect(judgeSeries(points).verdict).toBe('CLIMBING');
    // One geometry more per round: 7 → 14 over the run; a count leaving zero for two.
    expect(
      judgeSeries(
        series((t) => 7 + Math.floor(t / 4)),
        counts,
      ).verdict,
    ).toBe('CLIMBING');
    expect(
      judgeSeries(
        series((t) => (t > 10 ? 2 : 0)),
        counts,
      ).verdict,
    ).toBe('CLIMBING');
  });

  it('calls a falling series flat', () => {
    expect(judgeSeries(series((t) => 30_000_000 - 200_000 * t)).verdict).toBe('flat');
  });

  it('gives no verdict on too few samples', () => {
    expect(judgeSeries(series(() => 1, 10, 5)).verdict).toBe('TOO FEW SAMPLES');
    expect(judgeSeries([]).verdict).toBe('TOO FEW SAMPLES');
  });

  it('splits samples into thirds by time', () => {
    const points = series((t) => t, 10, 1); // 11 samples → thirds of 3
    const { first, last } = thirds([...points].reverse());
    expect(first.map((p) => p.t)).toEqual([0, 1, 2]);
    expect(last.map((p) => p.t)).toEqual([8, 9, 10]);
  });
});

describe('options', () => {
  it('defaults to 30 simulated minutes at timescale 30, with a build', () => {
    expect(parseOptions([])).toEqual({ minutes: 30, timescale: 30, build: true, intervalSeconds: 5 });
  });

  it('reads --minutes, --timescale, --interval and --no-build', () => {
    expect(parseOptions(['--minutes', '60', '--timescale=10', '--no-build', '--interval', '2'])).toEqual({
      minutes: 60,
      timescale: 10,
      build: false,
      intervalSeconds: 2,
    });
  });

  it('refuses a timescale the app would ignore', () => {
    expect(() => parseOptions(['--timescale', '500'])).toThrow(/1 to 100/);
    expect(() => parseOptions(['--minutes', 'soon'])).toThrow(/--minutes/);
  });
});
