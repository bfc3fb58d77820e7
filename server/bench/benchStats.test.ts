import { describe, expect, it } from 'vitest';
import { budgetLines, percentile, type PhaseResult } from './benchStats.ts';

const phase = (bytes: number, p95: number): PhaseResult => ({
  rooms: 1,
  clients: 30,
  seconds: 10,
  serverCpuPercent: 5,
  serverRssMb: 80,
  msgsDownPerClient: 10,
  bytesDownPerClient: bytes,
  msgsUpPerClient: 10,
  bytesUpPerClient: 100,
  rttP50: 2,
  rttP95: p95,
});

describe('tour bench stats', () => {
  it('takes nearest-rank percentiles', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        95,
      ),
    ).toBe(95);
    expect(percentile([], 50)).toBeNaN();
  });

  it('prints PASS and FAIL against the budgets', () => {
    expect(budgetLines([phase(1900, 20)])).toEqual([
      'PASS 1 room(s) of 30: 1.86 KB/s down per client (budget ≤ 2 KB/s)',
      'PASS 1 room(s) of 30: p95 round trip 20.0 ms (budget ≤ 100 ms)',
    ]);
    expect(budgetLines([phase(2100, 150)]).every((line) => line.startsWith('FAIL'))).toBe(true);
  });
});
