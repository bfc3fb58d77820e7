/**
 * `npm run bench -- --only profile` (issue #11): which code the long main-thread tasks of a first visit run.
 * A production build with source maps goes to a temporary folder (dist/ is untouched) and is served gzipped
 * on 127.0.0.1; headless Chromium (SwiftShader) opens it at a phone's viewport with a trace running
 * (top-level tasks and V8's CPU sampler) from navigation until the hall is ready (all 3D text drawn) and its
 * service worker registered (the environment map comes between the two), and every task over 50 ms is printed with the functions that took its time, mapped to their sources.
 * Writes bench/profile.md. `PROFILE_DIR=path` profiles an existing build there instead (with its .map files);
 * `PROFILE_MIN_MS=15` lists every task over 15 ms instead of 50 (what Lighthouse's 4× slowdown makes long).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { launchChromium } from '../browser.ts';
import { LANG, OUT_DIR, ROOT } from '../config.ts';
import { openHall } from '../hall.ts';
import { serveGzipped } from '../startup/gzipServer.ts';
import { inPage } from '../../page/inPage.ts';
import { hallMarks } from '../../page/hallProbes.ts';
import { sourceLookup } from './sourceLookup.ts';
import { longTasks, mainThread, type TraceEvent } from './traceTasks.ts';
import { profileMarkdown, summarizeTask } from './profileReport.ts';

/** Lighthouse's mobile screen (Moto G Power), touch. */
const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
};
/** Longest wait after "ready" for the service worker's registration (the last start-up step). */
const AFTER_READY_MS = 40_000;
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
  'v8',
  'disabled-by-default-v8.compile',
  'blink.user_timing',
];

async function buildWithMaps(): Promise<string> {
  const outDir = join(mkdtempSync(join(tmpdir(), 'hall-profile-')), 'dist');
  await build({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, sourcemap: true, reportCompressedSize: false },
  });
  return outDir;
}

export async function runProfile(log: (message: string) => void): Promise<string> {
  const given = process.env.PROFILE_DIR;
  log(given ? `profile: the build in ${given}` : 'profile: build with source maps (temporary folder)');
  const served = given ? resolve(given) : await buildWithMaps();
  const port = Number(process.env.BENCH_PORT ?? 0);
  const server = await serveGzipped(served, port);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ ...PHONE, locale: 'zh-CN', serviceWorkers: 'allow' });
    const page = await context.newPage();
    const url = `${server.url}?lang=${LANG}`;
    await browser.startTracing(page, { categories: CATEGORIES });
    const t0 = Date.now();
    await openHall(page, url);
    log(
      `  ready after ${((Date.now() - t0) / 1000).toFixed(1)} s; tracing on until the service worker registers`,
    );
    // What follows "ready" (the environment map, then the service worker at idle) still blocks a visitor.
    const until = Date.now() + AFTER_READY_MS;
    while (!('hall:sw-register' in (await inPage(page, hallMarks))) && Date.now() < until)
      await page.waitForTimeout(500);
    await page.waitForTimeout(2_000);
    const marks = await inPage(page, hallMarks);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    await context.close();
    const events = trace.traceEvents;
    const thread = mainThread(events, 'hall:first-frame');
    if (!thread) throw new Error('no renderer main thread in the trace');
    const mark = events.find((e) => e.name === 'hall:first-frame' && e.pid === thread.pid);
    const origin = (mark?.ts ?? 0) - (marks['hall:first-frame'] ?? 0) * 1000;
    const lookup = sourceLookup(served);
    const minMs = Number(process.env.PROFILE_MIN_MS ?? 50);
    const tasks = longTasks(events, thread, origin, minMs).map((task) => summarizeTask(task, lookup));
    const markdown = profileMarkdown({ url, date: new Date().toISOString(), marks, tasks, minMs });
    writeFileSync(join(OUT_DIR, 'profile.md'), markdown);
    return markdown;
  } finally {
    await browser.close();
    await server.close();
    if (!given) rmSync(resolve(served, '..'), { recursive: true, force: true });
  }
}
