/**
 * The AR leg's budget figures (ar.ts): the worst XR frame on the table (the model alone and with a
 * booth's panel over it) and inside the full-size hall. Pure: results.json in, numbers out; all null when
 * the leg did not run or failed, so the budgets say NOT MEASURED rather than PASS.
 */
import type { XRView } from './xr.ts';

export interface ARFigures {
  tableCalls: number | null;
  tableTriangles: number | null;
  insideCalls: number | null;
  insideTriangles: number | null;
}

type ARLeg = { views: readonly Pick<XRView, 'name' | 'callsMax' | 'trianglesMax'>[] } | { error: string };

function worst(
  views: readonly Pick<XRView, 'callsMax' | 'trianglesMax'>[],
  key: 'callsMax' | 'trianglesMax',
) {
  const values = views.flatMap((v) => (v[key] === null ? [] : [v[key]]));
  return values.length ? Math.max(...values) : null;
}

export function arFigures(ar: ARLeg | null | undefined): ARFigures {
  if (!ar || 'error' in ar)
    return { tableCalls: null, tableTriangles: null, insideCalls: null, insideTriangles: null };
  const table = ar.views.filter((v) => v.name.startsWith('table'));
  const inside = ar.views.filter((v) => v.name === 'inside');
  return {
    tableCalls: worst(table, 'callsMax'),
    tableTriangles: worst(table, 'trianglesMax'),
    insideCalls: worst(inside, 'callsMax'),
    insideTriangles: worst(inside, 'trianglesMax'),
  };
}
