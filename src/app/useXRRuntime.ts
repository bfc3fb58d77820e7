import { useCallback, useEffect, useRef, useState } from 'react';
import { useVRStore } from '../state/vrStore.ts';
import { checkImmersiveVR } from '../controls/xr/xrSupport.ts';
import type { HallXRStore } from '../controls/xr/createHallXRStore.ts';

declare global {
  interface Window {
    /** Only with `?emulate`: the XR store, so tests can drive the emulated headset. */
    __hallXR?: { store: HallXRStore };
  }
}

/**
 * The XR store, with the emulator installed first under `?emulate` (both lazy chunks). Under emulation a
 * fixed `?dpr=N` scales the emulated headset's framebuffer too (N × the emulator's quarter), so a test can
 * make each emulated frame cheaper on a software renderer; a real headset keeps its native scale.
 */
async function loadStore(emulate: boolean, dpr: number | null): Promise<HallXRStore> {
  const [{ createHallXRStore }, emulator] = await Promise.all([
    import('../controls/xr/createHallXRStore.ts'),
    emulate ? import('../controls/xr/emulate.ts') : null,
  ]);
  const store = createHallXRStore({
    assetBase: new URL('xr-profiles/', document.baseURI).href,
    framebufferScale: emulator ? emulator.EMULATED_FRAMEBUFFER_SCALE * (dpr ?? 1) : undefined,
  });
  if (emulator) {
    emulator.installEmulator(store);
    window.__hallXR = { store };
  }
  return store;
}

/**
 * Decides VR availability and owns the one XR store. The XR chunk is fetched only where immersive VR
 * is possible (a headset browser) or asked for (`?emulate`); other visitors never download it.
 */
export function useXRRuntime(emulate: boolean, dpr: number | null = null) {
  const [store, setStore] = useState<HallXRStore | null>(null);
  const storeRef = useRef<Promise<HallXRStore> | null>(null);
  const setStatus = useVRStore((s) => s.setStatus);

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
      const support = await checkImmersiveVR(navigator, window.isSecureContext);
      if (cancelled) return;
      if (support.supported) {
        setStatus('available');
        void ensureStore();
      } else setStatus('unsupported', support.reason);
    })().catch(() => setStatus('unsupported', 'error'));
    return () => {
      cancelled = true;
    };
  }, [emulate, ensureStore, setStatus]);

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

  return { store, enterVR };
}
