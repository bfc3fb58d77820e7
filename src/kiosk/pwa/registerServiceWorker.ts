/// <reference types="vite-plugin-pwa/vanillajs" />
import { whenHallSettled } from './afterHallSettled.ts';
import { whenIdle } from '../../lib/schedule.ts';
import { whenContentLoaded } from './whenContentLoaded.ts';

/**
 * Registers the offline service worker (production builds only, where the browser has service workers).
 *
 * When: a first visit (no worker controls the page yet) registers only once the hall is ready (or the
 * text-only view shows) and the main thread is idle, never at `load`: installing precaches the whole app
 * again, which would compete with the visit's own downloads and the building of the hall (issue #11).
 * A page that a worker already controls (a returning visit or a kiosk) loads from that worker's cache and
 * registers at once, so that a version waiting since the last visit starts before anyone touches the page.
 *
 * Update policy, for a kiosk that runs all day:
 *  - New content (content/*.json) needs no new service worker: it is fetched network-first, so the next
 *    online reload shows it.
 *  - A new app version (a new build deployed) installs in the background and then WAITS: it never takes
 *    over a running page, which keeps the files it started with. The page logs it and sets
 *    `<html data-sw-update="waiting">`.
 *  - It starts at the next page load. A plain reload alone would not do it (while one page is open the
 *    browser keeps the old worker across a reload), so when a page loads and finds a version already
 *    waiting, it activates it as soon as the page's own start-up downloads are over (whenContentLoaded,
 *    about a second) and reloads once (`data-sw-update="activating"`), before a visitor has touched
 *    anything. To force an update, an operator reloads the page (F5, or closes and reopens the
 *    kiosk browser); the kiosk's idle reset only resets the UI and never reloads.
 */

export interface ServiceWorkerCallbacks {
  /** The hall's files are cached: from now on it works with the network off. */
  onOfflineReady?: () => void;
  /** A new version is installed and waits for the next page load. */
  onNeedRefresh?: () => void;
}

const ACTIVATED_AT_KEY = 'hall:sw-activated-at';

function setState(key: 'swUpdate' | 'swOffline', value: string) {
  document.documentElement.dataset[key] = value;
}

/** Guards against a reload loop if a waiting worker fails to activate. */
function activatedRecently(): boolean {
  try {
    return Date.now() - Number(sessionStorage.getItem(ACTIVATED_AT_KEY) ?? 0) < 60_000;
  } catch {
    return false;
  }
}

function markActivated() {
  try {
    sessionStorage.setItem(ACTIVATED_AT_KEY, String(Date.now()));
  } catch {
    // Private mode without storage: the loop guard is simply off.
  }
}

export function registerServiceWorker(callbacks: ServiceWorkerCallbacks = {}): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const firstVisit = !navigator.serviceWorker.controller;
  const when = firstVisit ? whenHallSettled().then(() => whenIdle()) : Promise.resolve();
  void when.then(() => {
    performance.mark('hall:sw-register');
    document.documentElement.dataset.swRegister = firstVisit ? 'after-ready' : 'controlled';
    register(callbacks);
  });
}

function register(callbacks: ServiceWorkerCallbacks): void {
  let activating = false;
  let reloading = false;
  const reloadOnce = () => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  };
  import('virtual:pwa-register')
    .then(({ registerSW }) => {
      const updateSW = registerSW({
        // The moment was chosen above (after the hall is ready): never wait for `load` on top of it.
        immediate: true,
        onOfflineReady() {
          setState('swOffline', 'ready');
          console.info('[hall] offline ready: the hall now also works without the network');
          callbacks.onOfflineReady?.();
        },
        onNeedRefresh() {
          if (activating) return;
          setState('swUpdate', 'waiting');
          console.info('[hall] a new version is installed; it starts when the page is next loaded');
          callbacks.onNeedRefresh?.();
        },
        onNeedReload() {
          // The new worker took control. Only reload when this page asked for it at start-up; a worker
          // activated from elsewhere (another tab) never reloads a running kiosk.
          if (activating) reloadOnce();
          else setState('swUpdate', 'activated');
        },
        onRegisteredSW(_url, registration) {
          if (!registration?.waiting || !navigator.serviceWorker.controller || activatedRecently()) return;
          // A version was already waiting when this page loaded: start it now, then reload once.
          activating = true;
          markActivated();
          setState('swUpdate', 'activating');
          console.info('[hall] starting the new version (one reload)');
          navigator.serviceWorker.addEventListener('controllerchange', reloadOnce, { once: true });
          // Once the start-up's downloads are over (see whenContentLoaded), then the next idle moment.
          void whenContentLoaded()
            .then(() => whenIdle(1_000))
            .then(() => updateSW());
        },
        onRegisterError(error: unknown) {
          console.warn('[hall] service worker registration failed; the hall needs the network', error);
        },
      });
    })
    .catch((error: unknown) => console.warn('[hall] service worker unavailable', error));
}
