/**
 * When the first visit has nothing left to download or build: the hall is ready (all 3D text drawn,
 * `hall:ready`), or the app shows the text view instead of the hall (no WebGL, `hall:text-only-ready`);
 * then the next idle moment of the main thread. The service worker registers only then, so that its
 * precache (the whole app again, fonts, content) never competes with the visit's own downloads.
 */

export const HALL_READY_EVENT = 'hall:ready';
export const TEXT_ONLY_READY_EVENT = 'hall:text-only-ready';

/** Resolves once the hall (or the text-only view) is ready; at once if it already is. */
export function whenHallSettled(
  root: { dataset: DOMStringMap } = document.documentElement,
  events: EventTarget = window,
): Promise<void> {
  return new Promise((done) => {
    if (root.dataset.hallReady === 'true' || root.dataset.textOnlyReady === 'true') {
      done();
      return;
    }
    const settle = () => {
      events.removeEventListener(HALL_READY_EVENT, settle);
      events.removeEventListener(TEXT_ONLY_READY_EVENT, settle);
      done();
    };
    events.addEventListener(HALL_READY_EVENT, settle);
    events.addEventListener(TEXT_ONLY_READY_EVENT, settle);
  });
}

/** Marks the text-only view (no WebGL) as ready: what the hall's ready signal is for the 3D hall. */
export function signalTextOnlyReady(): void {
  if (document.documentElement.dataset.textOnlyReady === 'true') return;
  document.documentElement.dataset.textOnlyReady = 'true';
  performance.mark(TEXT_ONLY_READY_EVENT);
  window.dispatchEvent(new Event(TEXT_ONLY_READY_EVENT));
}
