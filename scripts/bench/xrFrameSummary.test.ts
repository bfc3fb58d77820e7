import { describe, expect, it } from 'vitest';
import { xrFrameSummary, type XRView } from './xr.ts';

const view = (callsMax: number | null, trianglesMax: number | null) =>
  ({ callsMax, trianglesMax }) as unknown as XRView;

describe('xrFrameSummary (the VR and AR legs)', () => {
  it('takes the most calls and triangles of any view, skipping views without frames', () => {
    const summary = xrFrameSummary([view(56, 102_214), view(null, null), view(70, 124_172)], [500, 600, 700]);
    expect(summary).toMatchObject({ callsMax: 70, trianglesMax: 124_172, frameMsMedian: 600 });
  });

  it('has no figures when nothing was sampled', () => {
    expect(xrFrameSummary([], [])).toEqual({
      frameMsMedian: null,
      frameMsP95: null,
      callsMax: null,
      trianglesMax: null,
    });
  });
});
