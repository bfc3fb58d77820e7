/** Giving the main thread back to the browser: between slices of work, and before deferred work. */

/**
 * Yields to the browser: `scheduler.yield()` where it exists (the continuation keeps its priority), else a
 * message-channel macrotask (no 4 ms timer clamp, unlike setTimeout).
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });
}

/** The next idle period (requestIdleCallback, at most `timeoutMs` away; a short timeout where there is none). */
export function whenIdle(
  timeoutMs = 5_000,
  host: Partial<Pick<Window, 'requestIdleCallback'>> = globalThis,
): Promise<void> {
  return new Promise((done) => {
    if (typeof host.requestIdleCallback === 'function')
      host.requestIdleCallback(() => done(), { timeout: timeoutMs });
    else setTimeout(done, 200);
  });
}

/** What `afterFirstContentfulPaint` needs of the page (tests pass their own). */
export interface PaintHost {
  /** Calls `onPaint` once the first contentful paint is reported; returns a disconnect, or null without paint timing. */
  observeFirstContentfulPaint: (onPaint: () => void) => (() => void) | null;
  setTimeout: (handler: () => void, ms: number) => ReturnType<typeof setTimeout>;
  clearTimeout: (id: ReturnType<typeof setTimeout>) => void;
}

const browserPaintHost: PaintHost = {
  observeFirstContentfulPaint(onPaint) {
    if (typeof PerformanceObserver !== 'function') return null;
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) onPaint();
    });
    try {
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      return null;
    }
    return () => observer.disconnect();
  },
  setTimeout: (handler, ms) => setTimeout(handler, ms),
  clearTimeout: (id) => clearTimeout(id),
};

/**
 * Once the page's first contentful paint is on screen: the `paint` entry comes at presentation, which a
 * software compositor can delay by half a second after the frame was made. `timeoutMs` at the latest (a
 * page that is not shown paints nothing; a browser without paint timing).
 */
export function afterFirstContentfulPaint(
  timeoutMs = 1_000,
  host: PaintHost = browserPaintHost,
): Promise<void> {
  return new Promise((done) => {
    let disconnect: (() => void) | null = null;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      disconnect?.();
      host.clearTimeout(fallback);
      done();
    };
    const fallback = host.setTimeout(finish, timeoutMs);
    disconnect = host.observeFirstContentfulPaint(finish);
    if (finished) disconnect?.();
  });
}
