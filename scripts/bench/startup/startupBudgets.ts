/**
 * The start-up budgets of issue #11, each against the floor (a bare WebGL page) measured in the same run,
 * printed as PASS/FAIL lines. Reported, never asserted.
 */
import type { StartupVerdict } from './startupTypes.ts';

export interface StartupFigures {
  mobilePerformance: number | null;
  desktopPerformance: number | null;
  mobileTbtMs: number | null;
  /** The longest main-thread task after the loading screen shows (in-page PerformanceObserver). */
  longestTaskAfterLoadingMs: number | null;
  /** The longest main-thread task of the whole visit (the floor's is its WebGL context). */
  longestTaskMs: number | null;
  /** Gzip bytes of page and service worker together, requested before the first hall frame. */
  bytesBeforeFirstFrame: number | null;
  accessibility: { mobile: number | null; desktop: number | null };
  bestPractices: { mobile: number | null; desktop: number | null };
}

const known = (...values: (number | null)[]): boolean => values.every((v) => v !== null);

function line(name: string, ok: boolean | null, measured: string, budget: string): StartupVerdict {
  const verdict = ok === null ? 'NOT MEASURED' : ok ? 'PASS' : 'FAIL';
  return { name, verdict, line: `${verdict}  ${name}: ${measured} (budget ${budget})` };
}

const score = (v: number | null) => (v === null ? '–' : v.toFixed(2));
const ms = (v: number | null) => (v === null ? '–' : `${Math.round(v).toLocaleString('en-US')} ms`);
const kb = (v: number | null) => (v === null ? '–' : `${(v / 1000).toFixed(1)} kB`);

export function startupBudgets(hall: StartupFigures, floor: StartupFigures): StartupVerdict[] {
  const out: StartupVerdict[] = [];
  const { mobilePerformance: m, desktopPerformance: d } = hall;
  out.push(
    line(
      'Lighthouse mobile performance',
      known(m, floor.mobilePerformance) ? m! >= floor.mobilePerformance! - 0.1 : null,
      `${score(m)} (floor ${score(floor.mobilePerformance)})`,
      `≥ floor − 0.10`,
    ),
    line(
      'Lighthouse desktop performance',
      known(d, floor.desktopPerformance) ? d! >= floor.desktopPerformance! - 0.05 : null,
      `${score(d)} (floor ${score(floor.desktopPerformance)})`,
      `≥ floor − 0.05`,
    ),
    line(
      'Total Blocking Time, mobile',
      known(hall.mobileTbtMs, floor.mobileTbtMs) ? hall.mobileTbtMs! <= 3 * floor.mobileTbtMs! : null,
      `${ms(hall.mobileTbtMs)} (floor ${ms(floor.mobileTbtMs)})`,
      `≤ 3 × floor = ${ms(floor.mobileTbtMs === null ? null : 3 * floor.mobileTbtMs)}`,
    ),
  );
  // "Longer than 250 ms or the floor's longest, whichever is larger" (issue #11): the floor's longest task is
  // its WebGL context, which the hall makes too, after its loading screen.
  const taskLimit = floor.longestTaskMs === null ? null : Math.max(250, floor.longestTaskMs);
  out.push(
    line(
      'Longest main-thread task after the loading screen shows',
      known(hall.longestTaskAfterLoadingMs, taskLimit) ? hall.longestTaskAfterLoadingMs! <= taskLimit! : null,
      `${ms(hall.longestTaskAfterLoadingMs)} (floor's longest task ${ms(floor.longestTaskMs)})`,
      `≤ max(250 ms, floor's longest) = ${ms(taskLimit)}`,
    ),
    line(
      'Bytes before the first hall frame (page + service worker, gzip)',
      known(hall.bytesBeforeFirstFrame) ? hall.bytesBeforeFirstFrame! <= 450_000 : null,
      kb(hall.bytesBeforeFirstFrame),
      '≤ 450.0 kB',
    ),
  );
  for (const [name, values] of [
    ['Accessibility', hall.accessibility],
    ['Best practices', hall.bestPractices],
  ] as const)
    out.push(
      line(
        `Lighthouse ${name.toLowerCase()} (mobile, desktop)`,
        known(values.mobile, values.desktop) ? values.mobile === 1 && values.desktop === 1 : null,
        `${score(values.mobile)}, ${score(values.desktop)}`,
        '= 1.00',
      ),
    );
  return out;
}
