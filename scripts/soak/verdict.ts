/**
 * Is a series level or climbing over a soak run? Two tests, both relative to the series' level at the start
 * (the median of its first third of samples, at least 1 unit so that a count rising from 0 still shows):
 *  - growth: median of the last third against the median of the first third;
 *  - trend: the least-squares line through all samples, its rise over the run's span.
 * "flat" when both stay under the tolerance (5 %), else "CLIMBING". For counts (geometries, textures,
 * nodes) a rise of up to one whole unit is also flat: the hall holds 5 or 6 geometries depending on the tour
 * stop, and 5 % of 6 is a third of a geometry, so a median landing on 5 in one third and 6 in the other
 * would otherwise read as a leak; a leak adds one per round or per language switch, several per run.
 * Medians of thirds shrug off single outliers (a sample taken mid-typesetting); the slope catches a steady
 * leak the thirds might straddle.
 */
import { median } from '../bench/stats.ts';

export interface Point {
  /** Simulated minutes since the soak started. */
  t: number;
  value: number;
}

export type SeriesVerdictLabel = 'flat' | 'CLIMBING' | 'TOO FEW SAMPLES';

export interface SeriesVerdict {
  samples: number;
  /** Medians of the first and last third of the samples (by time). */
  firstMedian: number | null;
  lastMedian: number | null;
  /** (last − first) / first, as a fraction. */
  growth: number | null;
  /** Least-squares slope in units per simulated hour. */
  slopePerHour: number | null;
  /** Rise of the least-squares line over the run's span, as a fraction of the first-third median. */
  trendRise: number | null;
  verdict: SeriesVerdictLabel;
}

export interface VerdictOptions {
  /** Largest growth (and trend rise) still called flat, as a fraction. */
  tolerance: number;
  /** A rise up to this many units is flat whatever its share (1 for counts, 0 for bytes). */
  minRise: number;
  /** Fewer samples than this give no verdict. */
  minSamples: number;
}

export const DEFAULT_VERDICT_OPTIONS: VerdictOptions = { tolerance: 0.05, minRise: 0, minSamples: 6 };

/** Least-squares slope dy/dt; null for fewer than two points or when every t is the same. */
export function leastSquaresSlope(points: readonly Point[]): number | null {
  const n = points.length;
  if (n < 2) return null;
  const meanT = points.reduce((s, p) => s + p.t, 0) / n;
  const meanV = points.reduce((s, p) => s + p.value, 0) / n;
  let sTT = 0;
  let sTV = 0;
  for (const p of points) {
    sTT += (p.t - meanT) ** 2;
    sTV += (p.t - meanT) * (p.value - meanV);
  }
  return sTT === 0 ? null : sTV / sTT;
}

/** The first and last third of the samples (by time), at least one sample each. */
export function thirds(points: readonly Point[]): { first: Point[]; last: Point[] } {
  const sorted = [...points].sort((a, b) => a.t - b.t);
  const k = Math.max(1, Math.floor(sorted.length / 3));
  return { first: sorted.slice(0, k), last: sorted.slice(sorted.length - k) };
}

export function judgeSeries(
  points: readonly Point[],
  overrides: Partial<VerdictOptions> = {},
): SeriesVerdict {
  const options = { ...DEFAULT_VERDICT_OPTIONS, ...overrides };
  const usable = points.filter((p) => Number.isFinite(p.t) && Number.isFinite(p.value));
  const { first, last } = thirds(usable);
  const firstMedian = median(first.map((p) => p.value));
  const lastMedian = median(last.map((p) => p.value));
  const slope = leastSquaresSlope(usable);
  const span = usable.length ? Math.max(...usable.map((p) => p.t)) - Math.min(...usable.map((p) => p.t)) : 0;
  const base = firstMedian === null ? null : Math.max(Math.abs(firstMedian), 1);
  const growth =
    base === null || firstMedian === null || lastMedian === null ? null : (lastMedian - firstMedian) / base;
  const trendRise = base === null || slope === null ? null : (slope * span) / base;
  const result = {
    samples: usable.length,
    firstMedian,
    lastMedian,
    growth,
    slopePerHour: slope === null ? null : slope * 60,
    trendRise,
  };
  if (usable.length < options.minSamples || base === null || growth === null || trendRise === null)
    return { ...result, verdict: 'TOO FEW SAMPLES' };
  // Both tests in units of the series: under 5 % of the start level, or at most `minRise` units.
  const small = (rise: number) => rise < options.tolerance * base || rise <= options.minRise;
  const flat = small(growth * base) && small(trendRise * base);
  return { ...result, verdict: flat ? 'flat' : 'CLIMBING' };
}
