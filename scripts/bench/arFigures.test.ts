import { describe, expect, it } from 'vitest';
import { arFigures } from './arFigures.ts';

const view = (name: string, callsMax: number | null, trianglesMax: number | null) => ({
  name,
  callsMax,
  trianglesMax,
});

describe('arFigures', () => {
  it('takes the worst XR frame of the table views (with and without a panel) and of the inside view', () => {
    const figures = arFigures({
      views: [view('table', 56, 30_000), view('table, booth panel', 61, 29_000), view('inside', 70, 52_000)],
    });
    expect(figures).toEqual({
      tableCalls: 61,
      tableTriangles: 30_000,
      insideCalls: 70,
      insideTriangles: 52_000,
    });
  });

  it('has no figures where the leg failed, did not run, or a view drew nothing', () => {
    const none = { tableCalls: null, tableTriangles: null, insideCalls: null, insideTriangles: null };
    expect(arFigures({ error: 'no reticle on the table' })).toEqual(none);
    expect(arFigures(null)).toEqual(none);
    expect(arFigures(undefined)).toEqual(none);
    expect(arFigures({ views: [view('table', 56, 30_000)] }).insideCalls).toBeNull();
  });
});
