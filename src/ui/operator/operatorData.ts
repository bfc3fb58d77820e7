import type { Exhibition, LocalizedText } from '../../content/schema.ts';
import type { Lang } from '../../i18n/lang.ts';
import { t } from '../../i18n/strings.ts';
import type { VisitStats } from '../../kiosk/stats/statsStore.ts';

/** One line of the operator's booth table. */
export interface BoothRow {
  /** Position in the paper (1-based), as on the booth panel; null for a booth no longer shown. */
  number: number | null;
  boothId: string;
  title: LocalizedText | null;
  visits: number;
  dwellMs: number;
  /** Mean dwell per visit; 0 without visits. */
  averageMs: number;
}

export interface DayRow {
  date: string;
  sessions: number;
  tourInterruptions: number;
  idleResets: number;
  visits: number;
  dwellMs: number;
}

/** Days with any data, newest first. */
export function statDates(stats: VisitStats): string[] {
  return [...new Set([...stats.days.map((d) => d.date), ...stats.booths.map((b) => b.date)])]
    .sort()
    .reverse();
}

/**
 * Every booth of the exhibition in the paper's order (unvisited ones with 0, so the operator sees them),
 * then booths that only the statistics still know. `date` null: all days together.
 */
export function boothRows(
  stats: VisitStats,
  exhibition: Pick<Exhibition, 'booths'>,
  date: string | null,
): BoothRow[] {
  const totals = new Map<string, { visits: number; dwellMs: number }>();
  for (const row of stats.booths) {
    if (date !== null && row.date !== date) continue;
    const total = totals.get(row.boothId) ?? { visits: 0, dwellMs: 0 };
    total.visits += row.visits;
    total.dwellMs += row.dwellMs;
    totals.set(row.boothId, total);
  }
  const row = (boothId: string, number: number | null, title: LocalizedText | null): BoothRow => {
    const { visits, dwellMs } = totals.get(boothId) ?? { visits: 0, dwellMs: 0 };
    return { number, boothId, title, visits, dwellMs, averageMs: visits ? dwellMs / visits : 0 };
  };
  const known = new Set(exhibition.booths.map((b) => b.id));
  return [
    ...exhibition.booths.map((b, i) => row(b.id, i + 1, b.title)),
    ...[...totals.keys()]
      .filter((id) => !known.has(id))
      .sort()
      .map((id) => row(id, null, null)),
  ];
}

/** One line per day with data, newest first: the counters and that day's booth visits. */
export function dayRows(stats: VisitStats): DayRow[] {
  return statDates(stats).map((date) => {
    const day = stats.days.find((d) => d.date === date);
    const booths = stats.booths.filter((b) => b.date === date);
    return {
      date,
      sessions: day?.sessions ?? 0,
      tourInterruptions: day?.tourInterruptions ?? 0,
      idleResets: day?.idleResets ?? 0,
      visits: booths.reduce((sum, b) => sum + b.visits, 0),
      dwellMs: booths.reduce((sum, b) => sum + b.dwellMs, 0),
    };
  });
}

/** Put values into a UI string's `{name}` slots. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in values ? String(values[name]) : slot,
  );
}

/** "1 h 05 min", "3 min 20 s", "45 s" (and the Chinese forms), rounded to whole seconds. */
export function formatDuration(ms: number, lang: Lang): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  if (h > 0) return fill(t('operatorDurationHM', lang), { h, m: two(m) });
  if (m > 0) return fill(t('operatorDurationMS', lang), { m, s: two(s) });
  return fill(t('operatorDurationS', lang), { s });
}
