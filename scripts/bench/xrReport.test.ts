import { describe, expect, it } from 'vitest';
import type { ARResult } from './ar.ts';
import type { XRResult, XRView } from './xr.ts';
import { xrBudgets, xrOnlyMarkdown } from './xrReport.ts';

const view = (name: string, callsMax: number, trianglesMax: number) =>
  ({ name, frames: 4, callsMedian: callsMax - 2, callsMax, trianglesMax }) as XRView;
const vr = { callsMax: 68, views: [view('entrance', 68, 40_000)] } as XRResult;
const ar = {
  views: [view('table', 56, 30_000), view('table, booth panel', 60, 30_500), view('inside', 70, 52_000)],
} as ARResult;

describe('the XR-only bench report', () => {
  it('judges VR and AR (table, inside) against the XR budget', () => {
    expect(xrBudgets(vr, ar).map((b) => `${b.verdict} ${b.measured}`)).toEqual([
      'PASS 68',
      'PASS 60',
      'PASS 70',
    ]);
    const failed = xrBudgets(vr, { ...ar, views: [view('table', 151, 1), view('inside', 70, 1)] });
    expect(failed.map((b) => b.verdict)).toEqual(['PASS', 'FAIL', 'PASS']);
  });

  it('writes a row per view, says which leg failed, and ends with the budget lines', () => {
    const budgets = xrBudgets(vr, { error: 'no reticle on the table' });
    const md = xrOnlyMarkdown({
      date: '2026-12-02T03:00:00Z',
      vr,
      ar: { error: 'no reticle on the table' },
      budgets,
    });
    expect(md).toContain('| VR | entrance | 4 | 66 | 68 | 40,000 |');
    expect(md).toContain('| AR | the leg failed: no reticle on the table |');
    expect(md).toContain('- NOT MEASURED  Draw calls per XR frame (both eyes, emulated AR, stepped inside)');
    const ok = xrOnlyMarkdown({ date: '2026-12-02T03:00:00Z', vr, ar, budgets: xrBudgets(vr, ar) });
    expect(ok).toContain('| AR | inside | 4 | 68 | 70 | 52,000 |');
    expect(ok).not.toContain('FAIL');
  });
});
