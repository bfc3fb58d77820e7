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
