import { describe, expect, it } from 'vitest';
import { checkImmersiveAR, checkImmersiveVR } from './xrSupport.ts';

/** A browser whose runtime supports exactly these session modes. */
const runtime = (...modes: XRSessionMode[]) => ({
  xr: { isSessionSupported: async (mode: XRSessionMode) => modes.includes(mode) },
});

describe('checkImmersiveVR', () => {
  it('explains why VR is unavailable', async () => {
    expect(await checkImmersiveVR({}, false)).toEqual({ supported: false, reason: 'insecure' });
    expect(await checkImmersiveVR({}, true)).toEqual({ supported: false, reason: 'no-webxr' });
    const no = { xr: { isSessionSupported: async () => false } };
    expect(await checkImmersiveVR(no, true)).toEqual({ supported: false, reason: 'no-immersive-vr' });
    const broken = { xr: { isSessionSupported: async () => Promise.reject(new Error('x')) } };
    expect(await checkImmersiveVR(broken, true)).toEqual({ supported: false, reason: 'error' });
  });
  it('reports support', async () => {
    const yes = { xr: { isSessionSupported: async () => true } };
    expect(await checkImmersiveVR(yes, true)).toEqual({ supported: true });
  });
});

describe('checkImmersiveAR', () => {
  it('asks for immersive-ar, not immersive-vr', async () => {
    expect(await checkImmersiveAR(runtime('immersive-ar'), true)).toEqual({ supported: true });
    // A VR-only headset (no passthrough) offers VR and says why AR is not there.
    expect(await checkImmersiveVR(runtime('immersive-vr'), true)).toEqual({ supported: true });
    expect(await checkImmersiveAR(runtime('immersive-vr'), true)).toEqual({
      supported: false,
      reason: 'no-immersive-ar',
    });
  });
  it('explains why AR is unavailable', async () => {
    expect(await checkImmersiveAR(runtime('immersive-ar'), false)).toEqual({
      supported: false,
      reason: 'insecure',
    });
    expect(await checkImmersiveAR({}, true)).toEqual({ supported: false, reason: 'no-webxr' });
    const broken = { xr: { isSessionSupported: async () => Promise.reject(new Error('x')) } };
    expect(await checkImmersiveAR(broken, true)).toEqual({ supported: false, reason: 'error' });
  });
});
