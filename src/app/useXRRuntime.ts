import { useCallback, useEffect, useRef, useState } from 'react';
import { useVRStore } from '../state/vrStore.ts';
import { useARStore } from '../state/arStore.ts';
import { checkImmersiveAR, checkImmersiveVR } from '../controls/xr/xrSupport.ts';
import type { HallXRStore } from '../controls/xr/createHallXRStore.ts';

declare global {
  interface Window {
    /** Only with `?emulate`: the XR store, so tests can drive the emulated headset; the AR state. */
    __hallXR?: { store: HallXRStore; ar: typeof useARStore };
  }
}

/**
 * The XR store, with the emulator installed first under `?emulate` (both lazy chunks). Under emulation a
 * fixed `?dpr=N` (N < 1) scales the emulated headset's framebuffer too (N × the page canvas's size, which
 * is IWER's display: see controls/xr/scaledEmulatedLayer.ts), so a test can make each emulated frame
 * cheaper on a software renderer; a real headset keeps its native scale.
 */
async function loadStore(emulate: boolean, dpr: number | null): Promise<HallXRStore> {
  const [{ createHallXRStore }, emulator] = await Promise.all([
    import('../controls/xr/createHallXRStore.ts'),
    emulate ? import('../controls/xr/emulate.ts') : null,
  ]);
  const store = createHallXRStore({
    assetBase: new URL('xr-profiles/', document.baseURI).href,
    framebufferScale: emulator ? Math.min(1, dpr ?? 1) : undefined,
  });
  if (emulator) {
    emulator.installEmulator(store);
    window.__hallXR = { store, ar: useARStore };
  }
  return store;
}

/**
 * Decides VR and AR availability and owns the one XR store (both modes use it). The XR chunk is fetched
 * only where immersive VR or AR is possible (a headset or ARCore phone browser) or asked for
 * (`?emulate`); other visitors never download it.
 */
export function useXRRuntime(emulate: boolean, dpr: number | null = null) {
  const [store, setStore] = useState<HallXRStore | null>(null);
  const storeRef = useRef<Promise<HallXRStore> | null>(null);
  const setStatus = useVRStore((s) => s.setStatus);
  const setARStatus = useARStore((s) => s.setStatus);

  const ensureStore = useCallback(() => {
    storeRef.current ??= loadStore(emulate, dpr).then((created) => {
      setStore(created);
      return created;
    });
    return storeRef.current;
  }, [emulate, dpr]);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      if (emulate) await ensureStore();
      const [support, ar] = await Promise.all([
        checkImmersiveVR(navigator, window.isSecureContext),
        checkImmersiveAR(navigator, window.isSecureContext),
      ]);
      if (cancelled) return;
      if (support.supported) setStatus('available');
      else setStatus('unsupported', support.reason);
      if (ar.supported) setARStatus('available');
      else setARStatus('unsupported', ar.reason);
      if (support.supported || ar.supported) void ensureStore();
    })().catch(() => {
      setStatus('unsupported', 'error');
      setARStatus('unsupported', 'error');
    });
    return () => {
      cancelled = true;
    };
  }, [emulate, ensureStore, setStatus, setARStatus]);

  const enterVR = useCallback(async () => {
    setStatus('entering');
    try {
      const xr = await ensureStore();
      const session = await xr.enterVR();
      if (!session) throw new Error('no session');
    } catch (error) {
      console.error('[hall] could not enter VR', error);
      setStatus('available');
      return false;
    }
    return true;
  }, [ensureStore, setStatus]);

  const enterAR = useCallback(async () => {
    setARStatus('entering');
    try {
      const xr = await ensureStore();
      const session = await xr.enterAR();
      if (!session) throw new Error('no session');
    } catch (error) {
      console.error('[hall] could not enter AR', error);
      return false;
    } finally {
      setARStatus('available');
    }
    return true;
  }, [ensureStore, setARStatus]);

  return { store, enterVR, enterAR };
}
