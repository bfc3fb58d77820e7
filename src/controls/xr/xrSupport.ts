import type { VRUnsupportedReason } from '../../state/vrStore.ts';
import type { ARUnsupportedReason } from '../../state/arStore.ts';

type XRNavigator = { xr?: { isSessionSupported: (mode: XRSessionMode) => Promise<boolean> } };

async function checkImmersive<R extends string>(
  nav: XRNavigator,
  secure: boolean,
  mode: XRSessionMode,
  unsupported: R,
): Promise<{ supported: true } | { supported: false; reason: R | 'insecure' | 'no-webxr' | 'error' }> {
  if (!secure) return { supported: false, reason: 'insecure' };
  if (!nav.xr) return { supported: false, reason: 'no-webxr' };
  try {
    return (await nav.xr.isSessionSupported(mode))
      ? { supported: true }
      : { supported: false, reason: unsupported };
  } catch {
    return { supported: false, reason: 'error' };
  }
}

/** Whether this browser can start an immersive-vr session, and if not, a reason a visitor understands. */
export function checkImmersiveVR(
  nav: XRNavigator,
  secure: boolean,
): Promise<{ supported: true } | { supported: false; reason: VRUnsupportedReason }> {
  return checkImmersive(nav, secure, 'immersive-vr', 'no-immersive-vr');
}

/**
 * Whether this browser can start an immersive-ar session (passthrough headsets, ARCore phones), and if
 * not, why: a VR-only headset answers `no-immersive-ar`.
 */
export function checkImmersiveAR(
  nav: XRNavigator,
  secure: boolean,
): Promise<{ supported: true } | { supported: false; reason: ARUnsupportedReason }> {
  return checkImmersive(nav, secure, 'immersive-ar', 'no-immersive-ar');
}
