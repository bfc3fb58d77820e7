/**
 * What the bench and the soak both read in the hall's page, as typed functions for `inPage`
 * (scripts/page/inPage.ts). They run in the browser: no imports, nothing from the enclosing module.
 */

export interface RenderInfo {
  calls: number;
  triangles: number;
  programs: number;
  geometries: number;
  textures: number;
}

declare global {
  interface Window {
    /** Chromium with `--js-flags=--expose-gc`. */
    gc?: () => void;
  }
  interface Performance {
    /** Chromium only (`--enable-precise-memory-info` for exact figures). */
    memory?: { usedJSHeapSize: number };
  }
}

/** The hall's renderer counters (`window.__hall`, see src/app/HallProbe.tsx); null before the hall runs. */
export function renderInfo(): RenderInfo | null {
  const hall = window.__hall;
  if (!hall) return null;
  const { calls, triangles, programs, geometries, textures } = hall.renderInfo();
  return { calls, triangles, programs, geometries, textures };
}

/** Used JS heap after two full collections (needs --js-flags=--expose-gc and --enable-precise-memory-info). */
export function heapAfterGc(): number | null {
  if (typeof window.gc === 'function') {
    window.gc();
    window.gc();
  }
  return performance.memory ? performance.memory.usedJSHeapSize : null;
}

/** The app's performance marks ('hall:*'), ms after navigation start. */
export function hallMarks(): Record<string, number> {
  return Object.fromEntries(
    performance
      .getEntriesByType('mark')
      .filter((mark) => mark.name.startsWith('hall:'))
      .map((mark) => [mark.name, mark.startTime]),
  );
}
