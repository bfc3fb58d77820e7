import { describe, expect, it } from 'vitest';
import type { VisitStats } from '../../kiosk/stats/statsStore.ts';
import { boothRows, dayRows, fill, formatDuration, statDates } from './operatorData.ts';
import { isOperatorRoute } from './operatorRoute.ts';

const exhibition = {
  booths: [
    { id: 'a', title: { zh: '甲', en: 'A' } },
    { id: 'b', title: { zh: '乙', en: 'B' } },
  ],
} as unknown as Parameters<typeof boothRows>[1];

const stats: VisitStats = {
  booths: [
    { date: '2024-05-03', boothId: 'b', visits: 2, dwellMs: 10_000 },
    { date: '2024-05-04', boothId: 'b', visits: 1, dwellMs: 2_000 },
    { date: '2024-05-04', boothId: 'old', visits: 1, dwellMs: 3_000 },
  ],
  days: [{ date: '2024-05-02', tourInterruptions: 1, idleResets: 1, sessions: 1 }],
};

describe('operator page data', () => {
  it('lists every booth in paper order, then booths only the statistics know', () => {
    expect(boothRows(stats, exhibition, null)).toEqual([
      { number: 1, boothId: 'a', title: { zh: '甲', en: 'A' }, visits: 0, dwellMs: 0, averageMs: 0 },
      { number: 2, boothId: 'b', title: { zh: '乙', en: 'B' }, visits: 3, dwellMs: 12_000, averageMs: 4_000 },
      { number: null, boothId: 'old', title: null, visits: 1, dwellMs: 3_000, averageMs: 3_000 },
    ]);
  });

  it('filters by day', () => {
    const rows = boothRows(stats, exhibition, '2024-05-03');
    expect(rows.map((r) => [r.boothId, r.visits])).toEqual([
      ['a', 0],
      ['b', 2],
    ]);
  });

  it('lists days newest first with their counters and visits', () => {
    expect(statDates(stats)).toEqual(['2024-05-04', '2024-05-03', '2024-05-02']);
    expect(dayRows(stats)).toEqual([
      { date: '2024-05-04', sessions: 0, tourInterruptions: 0, idleResets: 0, visits: 2, dwellMs: 5_000 },
      { date: '2024-05-03', sessions: 0, tourInterruptions: 0, idleResets: 0, visits: 2, dwellMs: 10_000 },
      { date: '2024-05-02', sessions: 1, tourInterruptions: 1, idleResets: 1, visits: 0, dwellMs: 0 },
    ]);
  });

  it('formats durations in both languages', () => {
    expect(formatDuration(45_400, 'en')).toBe('45 s');
    expect(formatDuration(200_000, 'en')).toBe('3 min 20 s');
    expect(formatDuration(3_900_000, 'en')).toBe('1 h 05 min');
    expect(formatDuration(200_000, 'zh')).toBe('3 分 20 秒');
    expect(formatDuration(-1, 'en')).toBe('0 s');
  });

  it('fills string slots and leaves unknown ones', () => {
    expect(fill('{n} of {m}', { n: 1 })).toBe('1 of {m}');
  });

  it('knows the operator route', () => {
    expect(isOperatorRoute('#/operator')).toBe(true);
    expect(isOperatorRoute('#/operator/')).toBe(true);
    expect(isOperatorRoute('#/')).toBe(false);
    expect(isOperatorRoute('#/booth/operator')).toBe(false);
    expect(isOperatorRoute('#/operators')).toBe(false);
    expect(isOperatorRoute('')).toBe(false);
  });
});
