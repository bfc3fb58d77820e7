import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Exhibition } from '../../content/schema.ts';

/**
 * Visit statistics kept on this device (IndexedDB), as daily aggregates only: per booth and day a visit
 * count and the summed dwell time, per day a few counters. No timestamps of single visits, no
 * identifiers of people, nothing leaves the device unless the operator exports a CSV.
 */

export const STATS_DB_NAME = 'expo-stats';
const STATS_DB_VERSION = 1;

/** Shorter than this, a booth panel was an accidental tap: not a visit. */
export const MIN_VISIT_MS = 2_000;
/** One visit counts at most this long (a panel left open all night is not 10 h of interest). */
export const MAX_VISIT_MS = 30 * 60_000;

/** One booth on one (local) day. */
export interface BoothDayStats {
  /** Local calendar day, YYYY-MM-DD. */
  date: string;
  boothId: string;
  visits: number;
  dwellMs: number;
}

/** Counters of one (local) day. */
export interface DayCounters {
  date: string;
  /** A visitor took over while the attract loop was running. */
  tourInterruptions: number;
  /** The kiosk went back to the tour after nobody touched it. */
  idleResets: number;
  /** The kiosk app started (page loads, including reloads after a crash or power cut). */
  sessions: number;
}

export interface VisitStats {
  /** Sorted by date, then booth id. */
  booths: BoothDayStats[];
  /** Sorted by date. */
  days: DayCounters[];
}

interface StatsDB extends DBSchema {
  /** Key: `${date}|${boothId}`. */
  booths: { key: string; value: BoothDayStats };
  days: { key: string; value: DayCounters };
}

/** The local calendar day of `now` as YYYY-MM-DD (the kiosk's clock, not UTC). */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function boothKey(date: string, boothId: string): string {
  return `${date}|${boothId}`;
}

let dbPromise: Promise<IDBPDatabase<StatsDB>> | null = null;

function db(): Promise<IDBPDatabase<StatsDB>> {
  if (!dbPromise) {
    dbPromise = openDB<StatsDB>(STATS_DB_NAME, STATS_DB_VERSION, {
      upgrade(database) {
        if (!database.objectStoreNames.contains('booths')) database.createObjectStore('booths');
        if (!database.objectStoreNames.contains('days'))
          database.createObjectStore('days', { keyPath: 'date' });
      },
      // Another tab wants a newer version: let it, and reopen on the next call.
      blocking() {
        void dbPromise?.then((d) => d.close());
        dbPromise = null;
      },
      terminated() {
        dbPromise = null;
      },
    });
    dbPromise.catch(() => {
      dbPromise = null;
    });
  }
  return dbPromise;
}

/**
 * Every operation runs after the previous one, so a read right after a write (close a booth, open the
 * operator page) sees that write. A failed operation rejects for its caller only.
 */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(operation: () => Promise<T>): Promise<T> {
  const result = queue.then(operation, operation);
  queue = result.catch(() => undefined);
  return result;
}

async function addToBooth(boothId: string, visits: number, dwellMs: number, now: Date): Promise<void> {
  const database = await db();
  const date = localDate(now);
  const key = boothKey(date, boothId);
  const tx = database.transaction('booths', 'readwrite');
  const current = (await tx.store.get(key)) ?? { date, boothId, visits: 0, dwellMs: 0 };
  await tx.store.put(
    { date, boothId, visits: current.visits + visits, dwellMs: current.dwellMs + Math.round(dwellMs) },
    key,
  );
  await tx.done;
}

async function addToDay(counter: keyof Omit<DayCounters, 'date'>, now: Date): Promise<void> {
  const database = await db();
  const date = localDate(now);
  const tx = database.transaction('days', 'readwrite');
  const current = (await tx.store.get(date)) ?? { date, tourInterruptions: 0, idleResets: 0, sessions: 0 };
  await tx.store.put({ ...current, [counter]: current[counter] + 1 });
  await tx.done;
}

function validDwell(dwellMs: number): boolean {
  return Number.isFinite(dwellMs) && dwellMs >= 0;
}

/**
 * Count one booth visit on the day of `now`. Visits shorter than {@link MIN_VISIT_MS} are ignored
 * (resolves false); dwell is capped at {@link MAX_VISIT_MS}.
 */
export function recordBoothVisit(boothId: string, dwellMs: number, now = new Date()): Promise<boolean> {
  if (!boothId || !validDwell(dwellMs) || dwellMs < MIN_VISIT_MS) return Promise.resolve(false);
  return serial(async () => {
    await addToBooth(boothId, 1, Math.min(dwellMs, MAX_VISIT_MS), now);
    return true;
  });
}

/**
 * More dwell time for a visit already counted (the page was hidden in between and the visit went on):
 * adds time, not a visit. The caller keeps one visit's total within {@link MAX_VISIT_MS}.
 */
export function recordBoothDwell(boothId: string, dwellMs: number, now = new Date()): Promise<boolean> {
  if (!boothId || !validDwell(dwellMs) || dwellMs === 0) return Promise.resolve(false);
  return serial(async () => {
    await addToBooth(boothId, 0, Math.min(dwellMs, MAX_VISIT_MS), now);
    return true;
  });
}

export function recordTourInterruption(now = new Date()): Promise<void> {
  return serial(() => addToDay('tourInterruptions', now));
}

export function recordIdleReset(now = new Date()): Promise<void> {
  return serial(() => addToDay('idleResets', now));
}

/** The kiosk app started (once per page load). */
export function recordSession(now = new Date()): Promise<void> {
  return serial(() => addToDay('sessions', now));
}

export function readStats(): Promise<VisitStats> {
  return serial(async () => {
    const database = await db();
    const tx = database.transaction(['booths', 'days'], 'readonly');
    const [booths, days] = await Promise.all([
      tx.objectStore('booths').getAll(),
      tx.objectStore('days').getAll(),
    ]);
    await tx.done;
    booths.sort((a, b) => a.date.localeCompare(b.date) || a.boothId.localeCompare(b.boothId));
    days.sort((a, b) => a.date.localeCompare(b.date));
    return { booths, days };
  });
}

export function clearStats(): Promise<void> {
  return serial(async () => {
    const database = await db();
    const tx = database.transaction(['booths', 'days'], 'readwrite');
    await Promise.all([tx.objectStore('booths').clear(), tx.objectStore('days').clear(), tx.done]);
  });
}

/** Close the connection (tests delete the database between runs). */
export async function closeStatsDb(): Promise<void> {
  const pending = dbPromise;
  dbPromise = null;
  if (pending) (await pending.catch(() => null))?.close();
}

// ---------------------------------------------------------------------------------------------- CSV

/** Byte order mark: Excel reads the file as UTF-8 (Chinese titles) only with it. */
export const CSV_BOM = '\uFEFF';

/**
 * A text a spreadsheet would read as a formula (OWASP "CSV injection": a cell starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return) gets a leading apostrophe, so it shows as the text it is.
 * Numbers are written by the app, never from content, and stay numbers.
 */
export function neutraliseFormula(value: string | number): string {
  const text = String(value);
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string | number): string {
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: CRLF between records and after the last one; a BOM first. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function dwellSeconds(dwellMs: number): number {
  return Math.round(dwellMs / 1000);
}

export const BOOTH_CSV_HEADER = [
  'date',
  'booth_id',
  'booth_title_zh',
  'booth_title_en',
  'visits',
  'dwell_seconds',
] as const;

export const DAY_CSV_HEADER = [
  'date',
  'sessions',
  'tour_interruptions',
  'idle_resets',
  'booth_visits',
  'dwell_seconds',
] as const;

/**
 * Per booth and day: one row per booth that had visits that day, days in order, booths in the paper's
 * order (booths no longer in the exhibition last, without titles).
 */
export function statsToCsv(stats: VisitStats, exhibition?: Pick<Exhibition, 'booths'>): string {
  const order = new Map(exhibition?.booths.map((b, i) => [b.id, i]));
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const rows = [...stats.booths]
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        rank(a.boothId) - rank(b.boothId) ||
        a.boothId.localeCompare(b.boothId),
    )
    .map((row) => {
      const booth = exhibition?.booths.find((b) => b.id === row.boothId);
      return [
        row.date,
        row.boothId,
        booth?.title.zh ?? '',
        booth?.title.en ?? '',
        row.visits,
        dwellSeconds(row.dwellMs),
      ];
    });
  return toCsv([BOOTH_CSV_HEADER, ...rows]);
}

/** Per day: the counters, plus that day's booth visits and dwell (a second, separate file). */
export function dailyCountersToCsv(stats: VisitStats): string {
  const dates = [...new Set([...stats.days.map((d) => d.date), ...stats.booths.map((b) => b.date)])].sort();
  const rows = dates.map((date) => {
    const day = stats.days.find((d) => d.date === date);
    const booths = stats.booths.filter((b) => b.date === date);
    return [
      date,
      day?.sessions ?? 0,
      day?.tourInterruptions ?? 0,
      day?.idleResets ?? 0,
      booths.reduce((sum, b) => sum + b.visits, 0),
      dwellSeconds(booths.reduce((sum, b) => sum + b.dwellMs, 0)),
    ];
  });
  return toCsv([DAY_CSV_HEADER, ...rows]);
}
