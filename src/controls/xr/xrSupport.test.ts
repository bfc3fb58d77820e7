import { describe, expect, it } from 'vitest';
import { checkImmersiveVR } from './xrSupport.ts';

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
