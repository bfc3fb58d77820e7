/**
 * `npm run soak` (kiosk issue: "memory stays flat"): run the kiosk's attract loop, time-accelerated with
 * `?kiosk&timescale=N`, for a number of simulated minutes in headless Chromium (SwiftShader), and sample
 * every few real seconds the JS heap after a forced GC, the live geometries, textures and shader programs
 * of the renderer, the DOM size, and where the tour is (caption and language, read from the DOM). Writes
 * bench/soak.json and bench/soak.md with a verdict per series. Exit code 0 unless the run itself failed
 * (the page crashed, never got ready, stopped answering): the verdict is reported, never asserted.
 * Not part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { assertChromium, launchChromium, machineInfo } from '../bench/browser.ts';
import { DIST, OUT_DIR, ROOT, VIEWPORT } from '../bench/config.ts';
import { openHall } from '../bench/hall.ts';
import { snapshot, startPreview } from '../bench/serve.ts';
import { round } from '../bench/stats.ts';
import { parseOptions, USAGE, type SoakOptions } from './options.ts';
import { installWatch, samplePage, type PageSample } from './pageScripts.ts';
import { inPage } from '../page/inPage.ts';
import { SERIES, sampleTable, verdictLines, writeSoak, type Sample, type SoakResults } from './report.ts';
import { judgeSeries } from './verdict.ts';

const t0 = Date.now();
const log = (message: string) => console.log(`soak [${Math.round((Date.now() - t0) / 1000)} s]: ${message}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A sample that takes longer than this means the page stopped answering. */
const SAMPLE_TIMEOUT_MS = 60_000;

function build() {
  log('npm run build');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
}

/** The tour as the served settings define it (kiosk.json, exhibition.json). */
function tourSettings(dir: string): SoakResults['settings'] {
  const kiosk = JSON.parse(readFileSync(join(dir, 'content/kiosk.json'), 'utf8')) as {
    tour: { order: 'paper' | string[]; dwellSeconds: number; includeEntrance: boolean };
    languageRotation: string[];
  };
  const exhibition = JSON.parse(readFileSync(join(dir, 'content/exhibition.json'), 'utf8')) as {
    booths: unknown[];
  };
  const booths = kiosk.tour.order === 'paper' ? exhibition.booths.length : kiosk.tour.order.length;
  return {
    dwellSeconds: kiosk.tour.dwellSeconds,
    stopsPerRound: booths + (kiosk.tour.includeEntrance ? 1 : 0),
    languageRotation: kiosk.languageRotation,
  };
}

async function sample(page: Page, crashed: () => string | null): Promise<PageSample> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the page did not answer within ${SAMPLE_TIMEOUT_MS / 1000} s`)),
      SAMPLE_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([samplePage(page), timeout]);
  } catch (error) {
    throw new Error(crashed() ?? (error instanceof Error ? error.message : String(error)));
  } finally {
    clearTimeout(timer);
  }
}

function toSample(raw: PageSample, realSeconds: number, timescale: number): Sample {
  return {
    realSeconds: round(realSeconds, 1) ?? 0,
    simMinutes: round((realSeconds * timescale) / 60, 2) ?? 0,
    stop: raw.stop,
    title: raw.title,
    lang: raw.lang,
    heap: raw.heap,
    geometries: raw.info?.geometries ?? null,
    textures: raw.info?.textures ?? null,
    programs: raw.info?.programs ?? null,
    domNodes: raw.domNodes,
    captionNodes: raw.captionNodes,
    stopsAdvanced: raw.stopsAdvanced,
    langSwitches: raw.langSwitches,
    typesets: raw.typesets,
    textReady: raw.textReady,
  };
}

function notesFor(r: SoakResults): string[] {
  const notes: string[] = [];
  const busiest = Math.max(r.load.start, r.load.end);
  if (busiest > r.machine.cores)
    notes.push(
      `The machine was busy during this run (1-minute load ${r.load.start} at start, ${r.load.end} at end, on ` +
        `${r.machine.cores} cores): the page drew fewer frames, so the camera walked less between stops; the tour ` +
        'clock (timers) is not affected by frame rate.',
    );
  notes.push(
    `Simulated time is real time since the hall was ready × ${r.options.timescale} (the tour's dwell is divided ` +
      `by the timescale and walking runs that much faster). The tour had advanced ${r.tour.stopsAdvanced} stops, ` +
      `${r.tour.tourMinutes.toFixed(1)} simulated minutes of dwell: timers that fire late on a loaded machine ` +
      'make this fall behind the wall clock.',
  );
  notes.push(
    `The attract loop starts at page load, before the hall is ready: it had already run for ` +
      `${((r.readySeconds * r.options.timescale) / 60).toFixed(1)} simulated minutes (${r.readySeconds} s real, ` +
      'language switches included, each restarting the typesetting of the 3D text) when sampling began, ' +
      "so the first sample is not the page's first minute.",
  );
  if (r.tour.langSwitches === 0)
    notes.push(
      'The language never switched: the run was too short for a full round; the retypeset path was not tested.',
    );
  notes.push(
    'JS heap: `performance.memory.usedJSHeapSize` of the page after two `gc()` calls (Chromium with ' +
      '`--js-flags=--expose-gc --enable-precise-memory-info`); it does not include the text-layout web worker. ' +
      'Geometries and textures are what three.js holds on the GPU (`renderer.info.memory`): a mesh removed ' +
      'without dispose() stays counted.',
  );
  if (r.pageErrors.length) notes.push(`Errors in the page: ${r.pageErrors.slice(0, 5).join(' | ')}`);
  return notes;
}

async function run(options: SoakOptions): Promise<number> {
  assertChromium();
  const loadAtStart = loadavg()[0] ?? 0;
  if (options.build) build();
  const served = snapshot(DIST);
  const settings = tourSettings(served);
  const server = await startPreview(served);
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    const machine = await machineInfo(browser);
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'zh-CN' });
    const page = await context.newPage();
    let crash: string | null = null;
    const pageErrors: string[] = [];
    page.on('crash', () => (crash = 'the page crashed'));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });

    const url = `${server.url}?kiosk&timescale=${options.timescale}`;
    log(`serving ${server.url} · Chromium ${machine.chromium} · ${machine.renderer}`);
    log(
      `opening ${url}: ${options.minutes} simulated minutes at ×${options.timescale} ≈ ` +
        `${((options.minutes * 60) / options.timescale).toFixed(0)} real seconds, a sample every ${options.intervalSeconds} s`,
    );
    const navigated = Date.now();
    await openHall(page, url).catch((error: unknown) => {
      const round = (settings.stopsPerRound * settings.dwellSeconds) / options.timescale;
      throw new Error(
        `${error instanceof Error ? error.message : String(error)}\n(at ×${options.timescale} a round of the ` +
          `attract loop takes ${round.toFixed(1)} real seconds and each round switches language, which restarts ` +
          'the typesetting of all 3D text: on a slow machine it may never finish. Try a lower --timescale.)',
      );
    });
    const readySeconds = (Date.now() - navigated) / 1000;
    await inPage(page, installWatch);
    const start = Date.now();
    const endMs = (options.minutes * 60_000) / options.timescale;
    log(`hall ready after ${readySeconds.toFixed(1)} s; sampling`);

    const samples: Sample[] = [];
    let crashed: string | null = null;
    for (let k = 0; ; k++) {
      const due = Math.min(start + k * options.intervalSeconds * 1000, start + endMs);
      await sleep(Math.max(0, due - Date.now()));
      const at = Date.now();
      try {
        const s = toSample(await sample(page, () => crash), (at - start) / 1000, options.timescale);
        samples.push(s);
        log(
          `${s.simMinutes.toFixed(1).padStart(5)} sim min · stop ${s.stop ?? '–'} ${s.lang} · ` +
            `${s.stopsAdvanced} stops, ${s.langSwitches} lang switches, ${s.typesets} typesets · ` +
            `heap ${s.heap === null ? '–' : (s.heap / 1e6).toFixed(2)} MB · geo ${s.geometries} tex ${s.textures} ` +
            `prog ${s.programs} · DOM ${s.domNodes} + ${s.captionNodes}`,
        );
      } catch (error) {
        crashed = error instanceof Error ? error.message : String(error);
        log(`run ended early: ${crashed}`);
        break;
      }
      if (at - start >= endMs) break;
    }
    await context.close().catch(() => {});

    const last = samples[samples.length - 1];
    const realSeconds = last?.realSeconds ?? 0;
    const stopsAdvanced = last?.stopsAdvanced ?? 0;
    const results: SoakResults = {
      date: new Date().toISOString(),
      url,
      options: {
        minutes: options.minutes,
        timescale: options.timescale,
        intervalSeconds: options.intervalSeconds,
      },
      machine,
      load: { start: round(loadAtStart, 2) ?? 0, end: round(loadavg()[0] ?? 0, 2) ?? 0 },
      viewport: { ...VIEWPORT },
      settings,
      readySeconds: round(readySeconds, 1) ?? 0,
      realSeconds,
      simulatedMinutes: last?.simMinutes ?? 0,
      tour: {
        stopsAdvanced,
        rounds: round(stopsAdvanced / settings.stopsPerRound, 2) ?? 0,
        tourMinutes: round((stopsAdvanced * settings.dwellSeconds) / 60, 2) ?? 0,
        langSwitches: last?.langSwitches ?? 0,
        typesets: last?.typesets ?? 0,
      },
      samples,
      verdicts: SERIES.map((series) => ({
        series: series.key,
        label: series.label,
        unit: series.unit,
        ...judgeSeries(
          samples.flatMap((s) => {
            const value = s[series.key];
            return value === null ? [] : [{ t: s.simMinutes, value }];
          }),
          { minRise: series.minRise },
        ),
      })),
      pageErrors,
      crashed,
      notes: [],
    };
    results.notes = notesFor(results);
    await writeSoak(OUT_DIR, results);
    console.log(`\n${sampleTable(samples).join('\n')}\n`);
    for (const line of verdictLines(results.verdicts)) console.log(line);
    log(
      `${results.simulatedMinutes.toFixed(1)} simulated minutes, ${stopsAdvanced} stops ` +
        `(${results.tour.rounds.toFixed(1)} rounds), ${results.tour.langSwitches} language switches; ` +
        'wrote bench/soak.json and bench/soak.md',
    );
    return crashed ? 1 : 0;
  } finally {
    await browser?.close();
    server.stop();
  }
}

let options: SoakOptions;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\nusage: ${USAGE}`);
  process.exit(2);
}
run(options).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`soak failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
