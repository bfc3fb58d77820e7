import { useEffect } from 'react';

/** Keep the screen on while enabled; the lock is dropped when the page hides, so take it again on return. */
export function useWakeLock(enabled: boolean) {
  useEffect(() => {
    if (!enabled || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let stopped = false;
    const acquire = async () => {
      if (stopped || document.visibilityState !== 'visible' || (lock && !lock.released)) return;
      try {
        lock = await navigator.wakeLock.request('screen');
        document.documentElement.dataset.wakeLock = 'held';
        lock.addEventListener('release', () => {
          document.documentElement.dataset.wakeLock = 'released';
        });
      } catch (error) {
        console.warn('[kiosk] screen wake lock refused', error);
      }
    };
    void acquire();
    document.addEventListener('visibilitychange', acquire);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', acquire);
      void lock?.release();
    };
  }, [enabled]);
}
