/** Long main-thread tasks (over 50 ms) summed up as the issue asks: count, longest, time over 50 ms. */

export interface LongTaskStats {
  count: number;
  longestMs: number;
  /** Σ (duration − 50 ms): the blocking time the visitor felt, as Total Blocking Time counts it. */
  blockingMs: number;
  /** The longest task that starts after the loading screen shows (first contentful paint). */
  longestAfterLoadingScreenMs: number;
}

/** Tasks that start before `untilMs` (all text ready); `shownMs`: when the loading screen showed. */
export function longTaskStats(
  tasks: readonly { start: number; duration: number }[],
  untilMs: number,
  shownMs: number,
): LongTaskStats {
  const seen = tasks.filter((t) => t.start < untilMs && t.duration > 50);
  return {
    count: seen.length,
    longestMs: Math.max(0, ...seen.map((t) => t.duration)),
    blockingMs: seen.reduce((sum, t) => sum + t.duration - 50, 0),
    longestAfterLoadingScreenMs: Math.max(
      0,
      ...seen.filter((t) => t.start >= shownMs).map((t) => t.duration),
    ),
  };
}
