/** Per-segment figures from sampled frames. */
import type { FrameRow } from './pageScripts.ts';
import { max, median, p95, round } from './stats.ts';

export interface SegmentStats {
  frames: number;
  callsMedian: number | null;
  callsMax: number | null;
  trianglesMax: number | null;
  frameMsMedian: number | null;
  frameMsP95: number | null;
}

export function segmentStats(rows: readonly FrameRow[]): SegmentStats {
  const dt = rows.map((r) => r[0]);
  const calls = rows.map((r) => r[1]);
  const triangles = rows.map((r) => r[2]);
  return {
    frames: rows.length,
    callsMedian: median(calls),
    callsMax: max(calls),
    trianglesMax: max(triangles),
    frameMsMedian: round(median(dt)),
    frameMsP95: round(p95(dt)),
  };
}

/** Metres walked over the sampled frames (rows carry the pose's x and z). */
export function pathLength(rows: readonly FrameRow[]): number {
  let metres = 0;
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1] as FrameRow;
    const b = rows[i] as FrameRow;
    metres += Math.hypot(b[3] - a[3], b[4] - a[4]);
  }
  return metres;
}
