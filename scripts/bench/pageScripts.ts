/**
 * Code evaluated inside the page. Kept as plain JavaScript strings on purpose: functions passed to
 * page.evaluate from a tsx-compiled module carry esbuild's `__name` helper, which the page does not have.
 */

/** One row per animation frame: [rAF delta ms, draw calls, triangles, x, z, yaw] of the last rendered frame. */
export type FrameRow = [number, number, number, number, number, number];

export interface RenderInfo {
  calls: number;
  triangles: number;
  programs: number;
  geometries: number;
  textures: number;
}

/** Installs `window.__benchSampler` (idempotent); `take()` returns and clears the rows collected so far. */
export const INSTALL_SAMPLER = `(() => {
  if (window.__benchSampler) return;
  const rows = [];
  let last = performance.now();
  const tick = (now) => {
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
})()`;

export const TAKE_FRAMES = 'window.__benchSampler.take()';

export const RENDER_INFO = 'window.__hall.renderInfo()';

/** The app's performance marks ('hall:*'), ms after navigation start. */
export const HALL_MARKS = `Object.fromEntries(performance.getEntriesByType('mark')
  .filter((m) => m.name.startsWith('hall:')).map((m) => [m.name, m.startTime]))`;

/** [url, startTime ms after navigation start] of every resource the page itself fetched. */
export const RESOURCE_STARTS = `performance.getEntriesByType('resource').map((e) => [e.name, e.startTime])`;

/** Used JS heap after two full collections (needs --js-flags=--expose-gc and --enable-precise-memory-info). */
export const HEAP_AFTER_GC = `(() => {
  if (typeof window.gc === 'function') { window.gc(); window.gc(); }
  return performance.memory ? performance.memory.usedJSHeapSize : null;
})()`;

export const setHash = (hash: string) => `location.hash = ${JSON.stringify(hash)}`;
