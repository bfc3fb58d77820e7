/**
 * The emulated-VR leg (issue #3: "once VR lands, the same in emulated VR", ≤ 150 draw calls per XR frame,
 * both eyes). The app enters VR under Meta's IWER emulating a Quest 3 (`?emulate`); Chromium runs with
 * `--disable-features=WebXR` so that the emulator, not Chromium's own WebXR, provides `navigator.xr`.
 * For each view: open it, wait for the hall, press Enter VR, wait for the session and both controllers,
 * drop a short warm-up, then sample every XR frame for a fixed time: `store.requestFrame()` resolves in the
 * XR frame, and `renderer.info` (reset per render call) then holds that frame's render of both eyes.
 */
import type { Browser, Page } from '@playwright/test';
import type { Exhibition } from '../../src/content/schema.ts';
import { VIEWPORT, XR_STOP_TIMING, XR_TIMING } from './config.ts';
import { firstBoothOfEachSector } from './generate200.ts';
import { openHall } from './hall.ts';
import { setHash } from './pageScripts.ts';
import { inPage } from '../page/inPage.ts';
import { renderInfo, type RenderInfo } from '../page/hallProbes.ts';
import { max, median, p95, round } from './stats.ts';

/** Chromium's own WebXR would win over IWER (which never replaces a native `navigator.xr`). */
export const XR_CHROMIUM_ARGS = ['--disable-features=WebXR'];

/** The booth of the close-up view: the same booth as the e2e deep-link test. */
export const XR_BOOTH = 'virtual-tv-host';

/** One row per XR frame: [ms since the previous sampled XR frame (null for the first), calls, triangles]. */
export type XRFrameRow = [number | null, number, number];

type XRTiming = Record<'warmUpMs' | 'settleMs' | 'sampleMs' | 'minFrames' | 'maxMs', number>;

export interface XRView {
  name: string;
  /** How the view was reached. */
  how: string;
  /** Seconds spent settling and sampling this view. */
  seconds: number;
  frames: number;
  callsMedian: number | null;
  callsMax: number | null;
  trianglesMedian: number | null;
  trianglesMax: number | null;
  /** Time between XR frames (SwiftShader: relative figures only). */
  frameMsMedian: number | null;
  frameMsP95: number | null;
  /** renderer.info after sampling (programs, geometries and textures are what the session holds). */
  renderInfo: RenderInfo;
  /** Where the visitor stands in the hall (the XR origin), metres. */
  pose: { x: number; z: number };
}

export interface XRResult extends XRFrameSummary {
  device: string;
  url: string;
  /** Connected input sources once in VR (type:handedness). */
  inputSources: string[];
  /** Seconds from navigation to the hall's ready signal, and from pressing Enter VR to both controllers. */
  loadSeconds: number;
  enterSeconds: number;
  /** Wall time of the whole leg. */
  seconds: number;
  views: XRView[];
}

/** What a leg's views add up to: shared by the VR leg and the AR leg (ar.ts). */
export interface XRFrameSummary {
  /** Time between XR frames over all views (SwiftShader: relative figures only). */
  frameMsMedian: number | null;
  frameMsP95: number | null;
  /** Most draw calls of any sampled XR frame, over all views: the budget figure. */
  callsMax: number | null;
  trianglesMax: number | null;
}

/** The frame-time spread over every interval sampled, and the most calls and triangles of any view. */
export function xrFrameSummary(views: readonly XRView[], intervals: readonly number[]): XRFrameSummary {
  const pick = (key: 'callsMax' | 'trianglesMax') =>
    max(views.flatMap((v) => (v[key] === null ? [] : [v[key]])));
  return {
    frameMsMedian: round(median(intervals)),
    frameMsP95: round(p95(intervals)),
    callsMax: pick('callsMax'),
    trianglesMax: pick('trianglesMax'),
  };
}

const SESSION_STATE = `(() => {
  const xr = window.__hallXR;
  const state = xr ? xr.store.getState() : null;
  return {
    session: Boolean(state && state.session),
    inputs: state ? state.inputSourceStates.map((s) => s.type + (s.inputSource.handedness ? ':' + s.inputSource.handedness : '')) : [],
  };
})()`;

/**
 * In the page: drop a warm-up (at least `warmUpMs`, and until two XR frames in a row draw the same number of
 * calls, at most `settleMs`: text and controller models appear a few frames late), then sample every XR
 * frame for `sampleMs` and at least `minFrames` frames (at most `maxMs`). Stops if no XR frame comes for 5 s.
 */
export const sampleXRFrames = (t: XRTiming) => `(async () => {
  const store = window.__hallXR.store;
  const nextFrame = () => Promise.race([
    store.requestFrame().then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), 5000)),
  ]);
  const calls = () => window.__hall.renderInfo().calls;
  const warmStart = performance.now();
  let previous = -1;
  while (performance.now() - warmStart < ${t.settleMs}) {
    if (!(await nextFrame())) break;
    const now = calls();
    if (performance.now() - warmStart >= ${t.warmUpMs} && now === previous) break;
    previous = now;
  }
  const rows = [];
  const start = performance.now();
  let last = null;
  while (store.getState().session) {
    const elapsed = performance.now() - start;
    if (elapsed >= ${t.maxMs} || (elapsed >= ${t.sampleMs} && rows.length >= ${t.minFrames})) break;
    if (!(await nextFrame())) break;
    const now = performance.now();
    const info = window.__hall.renderInfo();
    rows.push([last === null ? null : now - last, info.calls, info.triangles]);
    last = now;
  }
  return rows;
})()`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitFor(page: Page, script: string, what: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await page.evaluate(script)) return;
    await sleep(200);
  }
  throw new Error(`${what} within ${timeoutMs / 1000} s`);
}

async function waitForSession(page: Page, timeoutMs: number): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let state = { session: false, inputs: [] as string[] };
  while (Date.now() < deadline) {
    state = (await page.evaluate(SESSION_STATE)) as typeof state;
    if (state.session && state.inputs.length >= 2) return state.inputs;
    await sleep(200);
  }
  throw new Error(
    state.session
      ? `the XR session started but only ${state.inputs.length} input source(s) connected within ${timeoutMs / 1000} s`
      : `no XR session within ${timeoutMs / 1000} s of pressing Enter VR`,
  );
}

/**
 * Press a DOM button from inside the page, as a tap would. Playwright's own click waits for navigations it
 * thinks the press scheduled; with the XR session starting, that wait held the page's evaluations long
 * enough that no input source ever showed in the store (the bench saw "0 input sources" for 30 s).
 */
export async function pressInPage(page: Page, testId: string) {
  await page.getByTestId(testId).waitFor({ timeout: XR_TIMING.sessionTimeoutMs });
  await page.evaluate(`document.querySelector('[data-testid="${testId}"]').click()`);
}

export function xrViewStats(rows: readonly XRFrameRow[]) {
  const calls = rows.map((r) => r[1]);
  const triangles = rows.map((r) => r[2]);
  const dt = rows.map((r) => r[0]).filter((d): d is number => d !== null);
  return {
    frames: rows.length,
    callsMedian: median(calls),
    callsMax: max(calls),
    trianglesMedian: median(triangles),
    trianglesMax: max(triangles),
    frameMsMedian: round(median(dt)),
    frameMsP95: round(p95(dt)),
  };
}

async function sampleView(page: Page, name: string, how: string, intervals: number[]): Promise<XRView> {
  const started = Date.now();
  const rows = (await page.evaluate(sampleXRFrames(XR_TIMING))) as XRFrameRow[];
  return viewFrom(page, name, how, rows, started, intervals);
}

export async function viewFrom(
  page: Page,
  name: string,
  how: string,
  rows: XRFrameRow[],
  started: number,
  intervals: number[],
): Promise<XRView> {
  if (rows.length === 0) throw new Error(`the XR session drew no frame while sampling the ${name}`);
  for (const [dt] of rows) if (dt !== null) intervals.push(dt);
  const info: RenderInfo | null = await inPage(page, renderInfo);
  if (!info) throw new Error('the hall probe (window.__hall) is gone');
  const pose = (await page.evaluate('window.__hall.pose()')) as { x: number; z: number };
  return {
    name,
    how,
    seconds: round((Date.now() - started) / 1000) ?? 0,
    ...xrViewStats(rows),
    renderInfo: info,
    pose: { x: round(pose.x, 2) ?? 0, z: round(pose.z, 2) ?? 0 },
  };
}

const POSE = 'window.__hall.pose()';

/**
 * The desktop route's walk past every sector, in VR: teleport to the first booth of each sector in turn
 * (`#/booth/<id>` in the session), wait until the visitor stands there, and sample a few XR frames.
 */
async function sectorTour(page: Page, exhibition: Exhibition, intervals: number[]): Promise<XRView> {
  const started = Date.now();
  const stops = firstBoothOfEachSector(exhibition);
  const rows: XRFrameRow[] = [];
  for (const booth of stops) {
    const before = (await page.evaluate(POSE)) as { x: number; z: number };
    await inPage(page, setHash, `#/booth/${booth.id}`);
    await waitFor(
      page,
      `(() => { const p = ${POSE}; return Math.hypot(p.x - ${before.x}, p.z - ${before.z}) > 0.5; })()`,
      `no teleport to ${booth.id}`,
      XR_TIMING.sessionTimeoutMs,
    );
    rows.push(...((await page.evaluate(sampleXRFrames(XR_STOP_TIMING))) as XRFrameRow[]));
  }
  const how = `then #/booth/<id> for the first booth of each of the ${stops.length} sectors (teleports)`;
  return viewFrom(page, 'sector tour', how, rows, started, intervals);
}

/**
 * One emulated headset visit to the 19-booth hall: enter VR at the entrance and sample it, teleport past
 * every sector, then follow the booth's link (`#/booth/<id>`: in VR this teleports to its viewing spot and
 * opens its in-world panel, as a deep link does) and sample the close-up. One load and one session keep the
 * leg short on a slow machine.
 */
export async function runXR(
  browser: Browser,
  base: string,
  lang: string,
  exhibition: Exhibition,
  log: (message: string) => void = () => {},
): Promise<XRResult> {
  const started = Date.now();
  const url = `${base}?lang=${lang}&emulate`;
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US' });
  const page = await context.newPage();
  try {
    await openHall(page, url);
    const loadSeconds = (Date.now() - started) / 1000;
    const clicked = Date.now();
    await pressInPage(page, 'enter-vr');
    const inputSources = await waitForSession(page, XR_TIMING.sessionTimeoutMs);
    const enterSeconds = (Date.now() - clicked) / 1000;
    log(
      `  XR: hall ready after ${loadSeconds.toFixed(0)} s, in VR ${enterSeconds.toFixed(1)} s after Enter VR`,
    );
    const views: XRView[] = [];
    const intervals: number[] = [];
    const note = (view: XRView) => {
      views.push(view);
      log(
        `  XR ${view.name}: ${view.frames} XR frames, calls median ${view.callsMedian} / max ${view.callsMax}, ` +
          `triangles max ${view.trianglesMax}, ${view.frameMsMedian ?? '–'} ms between XR frames (median)`,
      );
    };
    note(await sampleView(page, 'entrance', `?lang=${lang}&emulate, Enter VR`, intervals));
    note(await sectorTour(page, exhibition, intervals));
    await inPage(page, setHash, `#/booth/${XR_BOOTH}`);
    await waitFor(
      page,
      `window.__hall.isShown('vr-booth-panel')`,
      `the in-world panel of ${XR_BOOTH} did not open`,
      XR_TIMING.sessionTimeoutMs,
    );
    note(
      await sampleView(
        page,
        'booth close-up',
        `then #/booth/${XR_BOOTH} in the session (teleport)`,
        intervals,
      ),
    );
    return {
      device: 'IWER emulating a Meta Quest 3 (@react-three/xr `emulate`, framebuffer scale 0.25)',
      url,
      inputSources,
      loadSeconds: round(loadSeconds) ?? 0,
      enterSeconds: round(enterSeconds) ?? 0,
      seconds: round((Date.now() - started) / 1000) ?? 0,
      views,
      ...xrFrameSummary(views, intervals),
    };
  } finally {
    await context.close();
  }
}
