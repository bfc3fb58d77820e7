/**
 * `npm run bench` (issue #3): build, serve dist/ on 127.0.0.1, drive headless Chromium (SwiftShader) through
 * a fixed route in the real 19-booth hall and in a generated 200-booth hall, walk at device pixel ratio 2
 * with the resolution pinned and adaptive, enter emulated VR (IWER) in the 19-booth hall, and write bench/results.json and bench/results.md. Budgets are printed as PASS/FAIL; the exit code is non-zero only when the bench
 * itself fails. `--no-build` reuses an existing dist/; `--report-only` rewrites the reports from results.json.
 * The start-up leg (issue #11: Lighthouse and an in-page first visit, hall beside the bare floor page) writes
 * bench/startup.json and bench/startup.md; `--only lighthouse` (alias `--only startup`) runs just that leg.
 * The emulated-AR leg (issue #15: the tabletop model and stepped inside) runs after the VR leg; `--only xr`
 * runs just those two and writes bench/xr.json and bench/xr.md.
 * `--only profile` attributes the long main-thread tasks of a first visit to their sources (bench/profile.md).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { format as formatMarkdown, resolveConfig } from 'prettier';
import { assertChromium, launchChromium, machineInfo } from './browser.ts';
import { evaluateBudgets } from './budgets.ts';
import { analyzeInitialChunks } from './composition.ts';
import { BIG_BOOTH_COUNT, BIG_CONTENT_FILE, DIST, LANG, OUT_DIR, ROOT, VIEWPORT, XR_LANG } from './config.ts';
import { firstVisit } from './firstVisit.ts';
import { readExhibition, writeGenerated } from './generate200.ts';
import { methodNotes } from './notes.ts';
import { writeResults } from './report.ts';
import type { BenchResults, ExhibitionResult } from './results.ts';
import { runResolution } from './resolution.ts';
import { runRoute } from './route.ts';
import { snapshot, startPreview } from './serve.ts';
import { chunkSizes } from './sizes.ts';
import { round } from './stats.ts';
import { runXR, XR_CHROMIUM_ARGS } from './xr.ts';
import { runAR } from './ar.ts';
import { arFigures } from './arFigures.ts';
import { xrBudgets, xrOnlyMarkdown, type XROnlyResults } from './xrReport.ts';
import { runStartup } from './startup/runStartup.ts';
import { startupMarkdown } from './startup/startupReport.ts';
import { runProfile } from './profile/profile.ts';
import type { Exhibition } from '../../src/content/schema.ts';

const t0 = Date.now();
const loadAtStart = loadavg()[0] ?? 0;
const log = (message: string) => console.log(`bench [${Math.round((Date.now() - t0) / 1000)} s]: ${message}`);

function build() {
  log('npm run build');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
}

async function measure(browser: Browser, base: string, exhibition: Exhibition, content: string | null) {
  const url = `${base}?lang=${LANG}${content ? `&content=${content}` : ''}`;
  const label = `${exhibition.booths.length} booths`;
  log(`${label}: first visit`);
  const visit = await firstVisit(browser, url);
  const m = visit.marks;
  log(`  first frame ${m.firstFrame?.toFixed(0)} ms, text ready ${m.textReady?.toFixed(0)} ms`);
  log(`${label}: route with ?perf`);
  const route = await runRoute(browser, `${url}&perf`, exhibition, log);
  const result: ExhibitionResult = {
    booths: exhibition.booths.length,
    sectors: new Set(exhibition.booths.map((b) => b.sector)).size,
    contentUrl: content ?? 'content/exhibition.json',
    firstVisit: visit,
    route,
    xr: null,
    ar: null,
  };
  return result;
}

/** The emulated-VR leg, in a browser of its own (Chromium's WebXR switched off for IWER). */
async function measureXR(base: string, exhibition: Exhibition): Promise<ExhibitionResult['xr']> {
  log(`19 booths: emulated VR (IWER, Meta Quest 3), ?lang=${XR_LANG}`);
  let xrBrowser: Browser | null = null;
  try {
    xrBrowser = await launchChromium(XR_CHROMIUM_ARGS);
    return await runXR(xrBrowser, base, XR_LANG, exhibition, log);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`  XR leg failed: ${message}`);
    return { error: message };
  } finally {
    await xrBrowser?.close();
  }
}

/** The emulated-AR leg (tabletop model, stepped inside), in a browser of its own like the VR leg. */
async function measureAR(base: string): Promise<NonNullable<ExhibitionResult['ar']>> {
  log(`19 booths: emulated AR (IWER, Meta Quest 3, tiny room), ?lang=${XR_LANG}`);
  let arBrowser: Browser | null = null;
  try {
    arBrowser = await launchChromium(XR_CHROMIUM_ARGS);
    return await runAR(arBrowser, base, XR_LANG, log);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`  AR leg failed: ${message}`);
    return { error: message };
  } finally {
    await arBrowser?.close();
  }
}

/** `--only xr`: the VR and AR legs alone, on dist/ as built (a server of their own each); bench/xr.*. */
async function xrOnly(served: string) {
  const small = readExhibition(join(served, 'content/exhibition.json'));
  const onServer = async <T>(offset: number, leg: (url: string) => Promise<T>): Promise<T> => {
    const server = await startPreview(served, undefined, offset);
    try {
      return await leg(server.url);
    } finally {
      server.stop();
    }
  };
  const vr = (await onServer(0, (url) => measureXR(url, small))) ?? { error: 'not run' };
  const ar = await onServer(1, measureAR);
  const results: XROnlyResults = { date: new Date().toISOString(), vr, ar, budgets: xrBudgets(vr, ar) };
  writeFileSync(join(OUT_DIR, 'xr.json'), `${JSON.stringify(results, null, 2)}\n`);
  const file = join(OUT_DIR, 'xr.md');
  const options = (await resolveConfig(file)) ?? {};
  const markdown = await formatMarkdown(xrOnlyMarkdown(results), { ...options, parser: 'markdown' });
  writeFileSync(file, markdown);
  console.log(`\n${markdown}`);
  for (const b of results.budgets) console.log(b.line);
  log('wrote bench/xr.json and bench/xr.md');
}

/** `--report-only`: write bench/results.md and the README section again from bench/results.json. */
async function reportOnly() {
  const results = JSON.parse(readFileSync(join(OUT_DIR, 'results.json'), 'utf8')) as BenchResults;
  await writeResults(OUT_DIR, results);
  log('rewrote bench/results.md and the README section from bench/results.json');
}

/** The start-up leg on a private copy of dist/; prints its table and budget lines. */
async function startup(served: string) {
  const results = await runStartup(served, log);
  console.log(`\n${startupMarkdown(results)}`);
  for (const b of results.budgets) console.log(b.line);
  log('wrote bench/startup.json and bench/startup.md');
}

/** `--only <leg>`: the leg to run alone (`lighthouse` / `startup`, `xr` or `profile`). */
function onlyLeg(): string | null {
  const at = process.argv.indexOf('--only');
  return at < 0 ? null : (process.argv[at + 1] ?? null);
}

async function main() {
  if (process.argv.includes('--report-only')) return reportOnly();
  assertChromium();
  const only = onlyLeg();
  // The profile makes its own build, with source maps, in a temporary folder.
  if (only === 'profile') return console.log(`\n${await runProfile(log)}`);
  if (!process.argv.includes('--no-build')) build();
  if (only !== null) {
    if (only === 'xr') return xrOnly(snapshot(DIST));
    if (only !== 'lighthouse' && only !== 'startup')
      throw new Error(`--only ${only}: unknown leg (lighthouse, xr, profile)`);
    return startup(snapshot(DIST));
  }
  const small = readExhibition(join(DIST, 'content/exhibition.json'));
  const large = writeGenerated(
    join(DIST, 'content/exhibition.json'),
    join(DIST, BIG_CONTENT_FILE),
    BIG_BOOTH_COUNT,
  );
  log(`wrote dist/${BIG_CONTENT_FILE} (${large.booths.length} booths, schema-valid)`);
  const served = snapshot(DIST);
  const chunks = chunkSizes(served);
  log('composition of the start-up JavaScript (source-mapped build in a temporary folder)');
  const composition = await analyzeInitialChunks().catch((error: unknown) => ({ error: String(error) }));

  const server = await startPreview(served);
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    const machine = await machineInfo(browser);
    log(`serving ${server.url} · Chromium ${machine.chromium} · ${machine.renderer}`);
    const smallResult = await measure(browser, server.url, small, null);
    const largeResult = await measure(browser, server.url, large, BIG_CONTENT_FILE);
    log('19 booths: adaptive resolution at device pixel ratio 2');
    const resolution = await runResolution(browser, server.url, log).catch((error: unknown) => {
      log(`  resolution leg failed: ${String(error)}`);
      return { error: String(error) };
    });
    await browser.close();
    browser = null;
    smallResult.xr = await measureXR(server.url, small);
    smallResult.ar = await measureAR(server.url);
    const xr = smallResult.xr && !('error' in smallResult.xr) ? smallResult.xr : null;
    const ar = arFigures(smallResult.ar);
    const budgets = evaluateBudgets({
      overviewCalls19: smallResult.firstVisit.restingRenderInfo.calls,
      maxCalls200: largeResult.route.all.callsMax,
      maxTriangles19: smallResult.route.all.trianglesMax,
      maxTriangles200: largeResult.route.all.trianglesMax,
      jsBeforeHallGzip: smallResult.firstVisit.jsBeforeFirstFrame.gzip,
      fontBytes: smallResult.firstVisit.downloads.fonts.raw,
      firstFrameMs: smallResult.firstVisit.marks.firstFrame,
      xrCalls: xr?.callsMax ?? null,
      arTableCalls: ar.tableCalls,
      arInsideCalls: ar.insideCalls,
    });
    const results: BenchResults = {
      date: new Date().toISOString(),
      durationSeconds: Math.round((Date.now() - t0) / 1000),
      machine,
      load: { start: round(loadAtStart, 2) ?? 0, end: round(loadavg()[0] ?? 0, 2) ?? 0 },
      viewport: { ...VIEWPORT },
      lang: LANG,
      chunks,
      composition,
      small: smallResult,
      large: largeResult,
      resolution,
      budgets,
      notes: [],
    };
    results.notes = methodNotes(results);
    const markdown = await writeResults(OUT_DIR, results);
    console.log(`\n${markdown}`);
    for (const b of budgets) console.log(b.line);
    log(`wrote bench/results.json and bench/results.md in ${results.durationSeconds} s`);
    server.stop();
    await startup(served);
  } finally {
    await browser?.close();
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
