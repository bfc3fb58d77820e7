/**
 * The bench's in-page code, as typed functions run with `inPage` (scripts/page/inPage.ts). What the soak
 * reads as well (render counters, heap, marks) is in scripts/page/hallProbes.ts.
 */

/** One row per animation frame: [rAF delta ms, draw calls, triangles, x, z, yaw] of the last rendered frame. */
export type FrameRow = [number, number, number, number, number, number];

declare global {
  interface Window {
    __benchSampler?: { take: () => FrameRow[] };
  }
}

/** Installs `window.__benchSampler` (idempotent); `take()` returns and clears the rows collected so far. */
export function installSampler(): void {
  if (window.__benchSampler) return;
  const rows: FrameRow[] = [];
  let last = performance.now();
  const tick = (now: number) => {
    const hall = window.__hall;
    if (hall) {
      const info = hall.renderInfo();
      const pose = hall.pose();
      rows.push([now - last, info.calls, info.triangles, pose.x, pose.z, pose.yaw]);
    }
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__benchSampler = { take: () => rows.splice(0, rows.length) };
}

export function takeFrames(): FrameRow[] {
  return window.__benchSampler?.take() ?? [];
}

/** [url, startTime ms after navigation start] of every resource the page itself fetched. */
export function resourceStarts(): [string, number][] {
  return performance
    .getEntriesByType('resource')
    .map((entry): [string, number] => [entry.name, entry.startTime]);
}

export function setHash(hash: string): void {
  window.location.hash = hash;
}

/** The canvas's current pixel ratio (adaptive resolution changes it while the view moves). */
export function pixelRatio(): number {
  return window.__hall?.renderInfo().pixelRatio ?? 0;
}
