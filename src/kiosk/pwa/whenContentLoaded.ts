/**
 * When the page's start-up downloads are over: the exhibition and its fonts are loaded and validated
 * (the `hall:content-ready` mark, made by src/app/useHallAssets.ts after the validation worker is gone),
 * or `timeoutMs` have passed (a broken content file never makes the mark).
 *
 * A waiting service worker is started only then. Chromium leaves a new worker "installed" for minutes
 * when `skipWaiting()` arrives while the page is still fetching its start-up files and starting its
 * validation worker through the old one (seen in e2e/offline.spec.ts, about every second run when the
 * page starts fast); once the start-up is quiet it activates at once.
 */

export const CONTENT_READY_MARK = 'hall:content-ready';

interface MarkHost {
  getEntriesByName: (name: string, type: string) => { length: number };
}

export function whenContentLoaded(
  timeoutMs = 5_000,
  perf: MarkHost = performance,
  Observer: typeof PerformanceObserver | undefined = globalThis.PerformanceObserver,
): Promise<void> {
  return new Promise((done) => {
    if (perf.getEntriesByName(CONTENT_READY_MARK, 'mark').length > 0) {
      done();
      return;
    }
    let observer: PerformanceObserver | null = null;
    const finish = () => {
      clearTimeout(timer);
      observer?.disconnect();
      done();
    };
    const timer = setTimeout(finish, timeoutMs);
    if (!Observer) return;
    observer = new Observer((list) => {
      if (list.getEntriesByName(CONTENT_READY_MARK).length > 0) finish();
    });
    observer.observe({ type: 'mark' });
  });
}
