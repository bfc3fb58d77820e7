/**
 * The performance budgets of issue #3, printed as PASS/FAIL lines. They are reported, never asserted:
 * the bench exits 0 whatever they say.
 */

export interface BudgetInput {
  /** Draw calls of the resting 19-booth entrance view (hall only). */
  overviewCalls19: number | null;
  /** Most draw calls in any frame of the 200-booth route. */
  maxCalls200: number | null;
  /** Most triangles in any frame of the 19-booth route. */
  maxTriangles19: number | null;
  /** Most triangles in any frame of the 200-booth route. */
  maxTriangles200: number | null;
  /** Gzip bytes of the JavaScript requested before the first hall frame (19 booths, first visit). */
  jsBeforeHallGzip: number | null;
  /** Font bytes downloaded by a first visit (19 booths). */
  fontBytes: number | null;
  /** 'hall:first-frame', ms after navigation start (19 booths, first visit). */
  firstFrameMs: number | null;
  /** Most draw calls in any sampled XR frame (both eyes, emulated Quest 3, 19 booths); null if the leg failed. */
  xrCalls: number | null;
  /** Most draw calls in any sampled XR frame of the AR tabletop model (with and without a booth's panel). */
  arTableCalls: number | null;
  /** The same, stepped inside the full-size hall in the AR session; both null if the AR leg failed. */
  arInsideCalls: number | null;
}

export type Unit = 'calls' | 'triangles' | 'bytes' | 'ms';

export interface Budget {
  name: string;
  limit: number;
  unit: Unit;
  measured: number | null;
}

export type Verdict = 'PASS' | 'FAIL' | 'NOT MEASURED';

export interface BudgetResult extends Budget {
  verdict: Verdict;
  line: string;
}

export function budgets(input: BudgetInput): Budget[] {
  return [
    {
      name: 'Draw calls, 19-booth overview (desktop)',
      limit: 60,
      unit: 'calls',
      measured: input.overviewCalls19,
    },
    {
      name: 'Draw calls per XR frame (both eyes, emulated VR)',
      limit: 150,
      unit: 'calls',
      measured: input.xrCalls,
    },
    {
      name: 'Draw calls per XR frame (both eyes, emulated AR, tabletop model)',
      limit: 150,
      unit: 'calls',
      measured: input.arTableCalls,
    },
    {
      name: 'Draw calls per XR frame (both eyes, emulated AR, stepped inside)',
      limit: 150,
      unit: 'calls',
      measured: input.arInsideCalls,
    },
    { name: 'Draw calls at 200 booths (any frame)', limit: 120, unit: 'calls', measured: input.maxCalls200 },
    {
      name: 'Triangles per frame (19 booths)',
      limit: 300_000,
      unit: 'triangles',
      measured: input.maxTriangles19,
    },
    {
      name: 'Triangles per frame (200 booths)',
      limit: 300_000,
      unit: 'triangles',
      measured: input.maxTriangles200,
    },
    {
      name: 'JavaScript before the hall appears (gzip)',
      limit: 400_000,
      unit: 'bytes',
      measured: input.jsBeforeHallGzip,
    },
    { name: 'Fonts in a first visit', limit: 1_500_000, unit: 'bytes', measured: input.fontBytes },
    { name: 'First hall frame after navigation', limit: 3_000, unit: 'ms', measured: input.firstFrameMs },
  ];
}

/** Bytes in decimal kB / MB (as Vite prints them), counts with thousands separators. */
export function formatValue(value: number, unit: Unit): string {
  if (unit === 'bytes')
    return value >= 1_000_000 ? `${(value / 1_000_000).toFixed(2)} MB` : `${(value / 1000).toFixed(1)} kB`;
  if (unit === 'ms') return `${(value / 1000).toFixed(2)} s`;
  const text = Math.round(value).toLocaleString('en-US');
  return unit === 'triangles' ? `${text} triangles` : `${text} calls`;
}

export function evaluateBudget(budget: Budget): BudgetResult {
  const limit = formatValue(budget.limit, budget.unit);
  if (budget.measured === null || !Number.isFinite(budget.measured)) {
    const leg = budget.name.startsWith('Draw calls per XR')
      ? budget.name.includes('emulated AR')
        ? ': the emulated-AR leg failed'
        : ': the emulated-VR leg failed'
      : '';
    const line = `NOT MEASURED  ${budget.name}${leg} (budget ≤ ${limit})`;
    return { ...budget, verdict: 'NOT MEASURED', line };
  }
  const verdict: Verdict = budget.measured <= budget.limit ? 'PASS' : 'FAIL';
  const line = `${verdict}  ${budget.name}: ${formatValue(budget.measured, budget.unit)} (budget ≤ ${limit})`;
  return { ...budget, verdict, line };
}

export const evaluateBudgets = (input: BudgetInput): BudgetResult[] => budgets(input).map(evaluateBudget);
