/** bench/soak.json and bench/soak.md: the samples of a soak run, and a verdict per series. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format as prettier, resolveConfig } from 'prettier';
import type { MachineInfo } from '../bench/browser.ts';
import type { SeriesVerdict } from './verdict.ts';

export interface Sample {
  /** Real seconds since the hall was ready (the start of the soak). */
  realSeconds: number;
  /** Real seconds × timescale, in minutes. */
  simMinutes: number;
  stop: string | null;
  title: string | null;
  lang: string;
  heap: number | null;
  geometries: number | null;
  textures: number | null;
  programs: number | null;
  /** Elements outside the tour caption, and in it. */
  domNodes: number;
  captionNodes: number;
  stopsAdvanced: number;
  langSwitches: number;
  typesets: number;
  textReady: boolean;
}

export type SeriesKey = 'heap' | 'geometries' | 'textures' | 'programs' | 'domNodes';

/** The series judged. Counts tolerate a rise of one unit (see verdict.ts), bytes do not. */
export const SERIES: { key: SeriesKey; label: string; unit: 'bytes' | 'count'; minRise: number }[] = [
  { key: 'heap', label: 'JS heap after GC', unit: 'bytes', minRise: 0 },
  { key: 'geometries', label: 'Live geometries', unit: 'count', minRise: 1 },
  { key: 'textures', label: 'Live textures', unit: 'count', minRise: 1 },
  { key: 'programs', label: 'Shader programs', unit: 'count', minRise: 1 },
  { key: 'domNodes', label: 'DOM nodes (outside the caption)', unit: 'count', minRise: 1 },
];

export interface SoakResults {
  date: string;
  url: string;
  options: { minutes: number; timescale: number; intervalSeconds: number };
  machine: MachineInfo;
  load: { start: number; end: number };
  viewport: { width: number; height: number };
  /** From the served content/kiosk.json and content/exhibition.json. */
  settings: { dwellSeconds: number; stopsPerRound: number; languageRotation: string[] };
  /** Seconds from navigation to `data-hall-ready`. */
  readySeconds: number;
  realSeconds: number;
  simulatedMinutes: number;
  tour: {
    stopsAdvanced: number;
    rounds: number;
    /** Stops advanced × dwell: the simulated time the tour's own clock shows. */
    tourMinutes: number;
    langSwitches: number;
    typesets: number;
  };
  samples: Sample[];
  verdicts: (SeriesVerdict & { series: SeriesKey; label: string; unit: 'bytes' | 'count' })[];
  pageErrors: string[];
  /** Why the run ended early (page crash, no answer), or null. */
  crashed: string | null;
  notes: string[];
}

const MB = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;

export function formatValue(value: number | null, unit: 'bytes' | 'count'): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return unit === 'bytes' ? MB(value) : (Math.round(value * 10) / 10).toLocaleString('en-US');
}

const percent = (fraction: number | null) =>
  fraction === null || !Number.isFinite(fraction)
    ? '–'
    : `${fraction >= 0 ? '+' : '−'}${Math.abs(fraction * 100).toFixed(1)} %`;

function slope(v: SeriesVerdict, unit: 'bytes' | 'count'): string {
  if (v.slopePerHour === null) return '–';
  const sign = v.slopePerHour >= 0 ? '+' : '−';
  return `${sign}${formatValue(Math.abs(v.slopePerHour), unit)} / h`;
}

export function sampleTable(samples: readonly Sample[]): string[] {
  return [
    '| Real s | Sim. min | Stop | Lang | Stops advanced | Retypesets ¹ | JS heap | Geometries | Textures | Programs | DOM nodes ² |',
    '| ---: | ---: | :-: | :-: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...samples.map(
      (s) =>
        `| ${s.realSeconds.toFixed(0)} | ${s.simMinutes.toFixed(1)} | ${s.stop ?? '–'} | ${s.lang} | ` +
        `${s.stopsAdvanced} | ${s.typesets}${s.textReady ? '' : ' (busy)'} | ${formatValue(s.heap, 'bytes')} | ` +
        `${formatValue(s.geometries, 'count')} | ${formatValue(s.textures, 'count')} | ` +
        `${formatValue(s.programs, 'count')} | ${s.domNodes} + ${s.captionNodes} |`,
    ),
  ];
}

export function verdictTable(verdicts: SoakResults['verdicts']): string[] {
  return [
    '| Series | First third (median) | Last third (median) | Growth | Slope per sim. hour | Trend over the run | Verdict |',
    '| --- | ---: | ---: | ---: | ---: | ---: | :-: |',
    ...verdicts.map(
      (v) =>
        `| ${v.label} | ${formatValue(v.firstMedian, v.unit)} | ${formatValue(v.lastMedian, v.unit)} | ` +
        `${percent(v.growth)} | ${slope(v, v.unit)} | ${percent(v.trendRise)} | ${v.verdict} |`,
    ),
  ];
}

/** One line per series for the console. */
export function verdictLines(verdicts: SoakResults['verdicts']): string[] {
  return verdicts.map(
    (v) =>
      `${v.verdict.padEnd(8)} ${v.label}: ${formatValue(v.firstMedian, v.unit)} → ${formatValue(v.lastMedian, v.unit)} ` +
      `(${percent(v.growth)}; slope ${slope(v, v.unit)}, ${percent(v.trendRise)} over the run)`,
  );
}

export function toMarkdown(r: SoakResults): string {
  const m = r.machine;
  return [
    '### Soak run of the kiosk attract loop',
    '',
    `Measured with \`npm run soak -- --minutes ${r.options.minutes} --timescale ${r.options.timescale}\` on ` +
      `${r.date.slice(0, 10)}: ${m.cpu}, ${m.cores} cores, Chromium ${m.chromium} (WebGL: ${m.renderer}), ` +
      `viewport ${r.viewport.width}×${r.viewport.height}, \`?kiosk&timescale=${r.options.timescale}\`. ` +
      `${r.simulatedMinutes.toFixed(1)} simulated minutes in ${r.realSeconds.toFixed(0)} real seconds: ` +
      `${r.tour.stopsAdvanced} tour stops (${r.tour.rounds.toFixed(1)} rounds of ${r.settings.stopsPerRound}, ` +
      `${r.settings.dwellSeconds} s dwell each = ${r.tour.tourMinutes.toFixed(1)} min on the tour's clock), ` +
      `${r.tour.langSwitches} language switches, ${r.tour.typesets} complete retypesets of the 3D text.` +
      (r.crashed ? ` **The run ended early: ${r.crashed}.**` : ''),
    '',
    ...verdictTable(r.verdicts),
    '',
    'Verdict: "flat" when the last third of the samples (median) is less than 5 % above the first third and the ' +
      'least-squares line rises less than 5 % over the run (both relative to the first third); counts may also ' +
      'rise by one unit (the hall holds 5 or 6 geometries depending on the stop); else "CLIMBING". The soak ' +
      'never fails on its verdict.',
    '',
    'Samples (JS heap after two forced collections; geometries, textures and programs from `renderer.info`):',
    '',
    ...sampleTable(r.samples),
    '',
    '¹ "(busy)": the 3D text was being typeset again (after a language switch) when the sample was taken. ' +
      '² Elements outside the tour caption + in it (the caption grows and shrinks with the booth shown).',
    '',
    ...r.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}

export async function writeSoak(dir: string, results: SoakResults): Promise<string> {
  mkdirSync(dir, { recursive: true });
  // Both files are formatted as `prettier --check bench` expects.
  const json = join(dir, 'soak.json');
  const jsonOptions = (await resolveConfig(json)) ?? {};
  writeFileSync(json, await prettier(JSON.stringify(results), { ...jsonOptions, parser: 'json' }));
  const file = join(dir, 'soak.md');
  const options = (await resolveConfig(file)) ?? {};
  const markdown = await prettier(toMarkdown(results), { ...options, parser: 'markdown' });
  writeFileSync(file, markdown);
  return markdown;
}
