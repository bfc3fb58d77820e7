import type { VRUnsupportedReason } from '../../state/vrStore.ts';

/** Whether this browser can start an immersive-vr session, and if not, a reason a visitor understands. */
export async function checkImmersiveVR(
  nav: { xr?: { isSessionSupported: (mode: XRSessionMode) => Promise<boolean> } },
  secure: boolean,
): Promise<{ supported: true } | { supported: false; reason: VRUnsupportedReason }> {
  if (!secure) return { supported: false, reason: 'insecure' };
  if (!nav.xr) return { supported: false, reason: 'no-webxr' };
  try {
    return (await nav.xr.isSessionSupported('immersive-vr'))
      ? { supported: true }
      : { supported: false, reason: 'no-immersive-vr' };
  } catch {
    return { supported: false, reason: 'error' };
  }
}
