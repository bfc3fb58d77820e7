/**
 * `npm run bench -- --only xr`: the emulated-VR and emulated-AR legs alone, written to bench/xr.json and
 * bench/xr.md — one row per sampled view and the XR budget lines. Pure (results in, Markdown out).
 */
import type { ARResult } from './ar.ts';
import type { BudgetInput, BudgetResult } from './budgets.ts';
import { evaluateBudgets } from './budgets.ts';
import { arFigures } from './arFigures.ts';
import { formatCell } from './report.ts';
import type { XRResult, XRView } from './xr.ts';

export interface XROnlyResults {
  date: string;
  vr: XRResult | { error: string };
  ar: ARResult | { error: string };
  budgets: BudgetResult[];
}

const NOT_XR: Omit<BudgetInput, 'xrCalls' | 'arTableCalls' | 'arInsideCalls'> = {
  overviewCalls19: null,
  maxCalls200: null,
  maxTriangles19: null,
  maxTriangles200: null,
  jsBeforeHallGzip: null,
  fontBytes: null,
  firstFrameMs: null,
};

/** The XR budget lines only (VR, AR on the table, AR inside). */
export function xrBudgets(vr: XROnlyResults['vr'], ar: XROnlyResults['ar']): BudgetResult[] {
  const figures = arFigures(ar);
  return evaluateBudgets({
    ...NOT_XR,
    xrCalls: 'error' in vr ? null : vr.callsMax,
    arTableCalls: figures.tableCalls,
    arInsideCalls: figures.insideCalls,
  }).filter((b) => b.name.startsWith('Draw calls per XR'));
}

function rows(leg: string, result: { views: XRView[] } | { error: string }): string[] {
  if ('error' in result) return [`| ${leg} | the leg failed: ${result.error} | | | | |`];
  return result.views.map(
    (v) =>
      `| ${leg} | ${v.name} | ${v.frames} | ${formatCell(v.callsMedian, 'int')} | ${formatCell(v.callsMax, 'int')} | ${formatCell(v.trianglesMax, 'int')} |`,
  );
}

export function xrOnlyMarkdown(r: XROnlyResults): string {
  return [
    '### XR draw calls (emulated Quest 3, IWER)',
    '',
    `Measured with \`npm run bench -- --only xr\` on ${r.date.slice(0, 10)}: per XR frame, both eyes ` +
      '(`renderer.info` after each awaited XR frame), 19 booths, `?lang=en&emulate`.',
    '',
    '| Session | View | XR frames | Calls median | Calls max | Triangles max |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows('VR', r.vr),
    ...rows('AR', r.ar),
    '',
    'Budgets:',
    '',
    ...r.budgets.map((b) => `- ${b.line}`),
    '',
  ].join('\n');
}
