import { describe, expect, it } from 'vitest';
import { startupBudgets, type StartupFigures } from './startupBudgets.ts';
import { longTaskStats } from './longTasks.ts';

const floor: StartupFigures = {
  mobilePerformance: 0.9,
  desktopPerformance: 0.98,
  mobileTbtMs: 400,
  longestTaskAfterLoadingMs: 0,
  longestTaskMs: 120,
  bytesBeforeFirstFrame: 2_000,
  accessibility: { mobile: 1, desktop: 1 },
  bestPractices: { mobile: 1, desktop: 1 },
};

const verdicts = (hall: StartupFigures) => startupBudgets(hall, floor).map((b) => b.verdict);

describe('start-up budgets against the floor', () => {
  it('pass when the hall is as light as the floor allows', () => {
    const hall: StartupFigures = {
      ...floor,
      mobilePerformance: 0.8,
      desktopPerformance: 0.93,
      mobileTbtMs: 1_200,
      longestTaskAfterLoadingMs: 250,
      bytesBeforeFirstFrame: 450_000,
    };
    expect(verdicts(hall)).toEqual(Array(7).fill('PASS'));
  });

  it('fail each figure just past its limit', () => {
    const hall: StartupFigures = {
      mobilePerformance: 0.79,
      desktopPerformance: 0.92,
      mobileTbtMs: 1_201,
      longestTaskAfterLoadingMs: 251,
      longestTaskMs: 251,
      bytesBeforeFirstFrame: 450_001,
      accessibility: { mobile: 1, desktop: 0.95 },
      bestPractices: { mobile: 0.96, desktop: 1 },
    };
    expect(verdicts(hall)).toEqual(Array(7).fill('FAIL'));
  });

  it('take the floor’s longest task (its WebGL context, before it paints) as the limit when over 250 ms', () => {
    const slowFloor = { ...floor, longestTaskAfterLoadingMs: 0, longestTaskMs: 900 };
    const [pass, fail] = [800, 901].map(
      (ms) => startupBudgets({ ...floor, longestTaskAfterLoadingMs: ms }, slowFloor)[3]?.verdict,
    );
    expect([pass, fail]).toEqual(['PASS', 'FAIL']);
  });

  it('say NOT MEASURED when a leg failed', () => {
    const [first] = startupBudgets({ ...floor, mobilePerformance: null }, floor);
    expect(first?.verdict).toBe('NOT MEASURED');
    expect(first?.line).toMatch(/^NOT MEASURED {2}Lighthouse mobile performance/);
  });
});

describe('long task figures', () => {
  it('count tasks until all text is ready and sum the time over 50 ms', () => {
    const tasks = [
      { start: 100, duration: 400 },
      { start: 900, duration: 60 },
      { start: 1_500, duration: 120 },
      { start: 9_000, duration: 5_000 },
    ];
    expect(longTaskStats(tasks, 2_000, 500)).toEqual({
      count: 3,
      longestMs: 400,
      blockingMs: 350 + 10 + 70,
      longestAfterLoadingScreenMs: 120,
    });
  });
});
