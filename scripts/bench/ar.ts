/**
 * The emulated-AR leg (issue #15: "the bench reports draw calls per XR frame in AR too", the same budget
 * of 150 calls, both eyes). The app enters immersive-ar under IWER emulating a Quest 3 (`?emulate`), whose
 * hit tests answer from the emulator's tiny room (a table a metre ahead, src/controls/xr/tinyRoom.ts): the
 * emulated head looks down at the table, the right trigger places the model on it, and the XR frames of
 * three views are sampled as in the VR leg (xr.ts): the model on the table, the model with a booth's
 * panel over it (`#/booth/<id>`), and the full-size hall after Step inside (the AR state's own action,
 * what the panel's button and the phone's bar call).
 */
import type { Browser, Page } from '@playwright/test';
import { VIEWPORT, XR_TIMING } from './config.ts';
import { openHall } from './hall.ts';
import { setHash } from './pageScripts.ts';
import { inPage } from '../page/inPage.ts';
import { round } from './stats.ts';
import {
  pressInPage,
  sampleXRFrames,
  viewFrom,
  waitFor,
  XR_BOOTH,
  xrFrameSummary,
  type XRFrameSummary,
  type XRFrameRow,
  type XRView,
} from './xr.ts';

export interface ARResult extends XRFrameSummary {
  device: string;
  url: string;
  /** Seconds from navigation to the hall's ready signal, from pressing Tabletop AR to the reticle on the table. */
  loadSeconds: number;
  findTableSeconds: number;
  seconds: number;
  /** 'table', 'table, booth panel', 'inside'. */
  views: XRView[];
}

/** The emulator's head, tilted down 45°: a visitor looking at the table in front of them. */
const LOOK_DOWN = `(() => {
  window.transformHandles.get('right').parent.rotation.x = -Math.PI / 4;
  return true;
})()`;

const pull = (value: number) =>
  `(window.__hallXR.store.getState().emulator.controllers.right.updateButtonValue('trigger', ${value}), true)`;
const nextFrame = `window.__hallXR.store.requestFrame().then(() => true)`;
/** Metres per hall metre of the hall's root now (the model's scale; 1 when full size). */
const HALL_SCALE = `(() => {
  const a = window.__hall.worldPointOf('hall-root', 0, 0, 0);
  const b = window.__hall.worldPointOf('hall-root', 1, 0, 0);
  return a && b ? Math.hypot(b.x - a.x, b.y - a.y, b.z - a.z) : null;
})()`;

async function frames(page: Page, n: number) {
  for (let i = 0; i < n; i++) await page.evaluate(nextFrame);
}

async function sample(page: Page, name: string, how: string, intervals: number[]): Promise<XRView> {
  const started = Date.now();
  // The first frames of a new view compile its shaders (seconds on SwiftShader): waited for in full.
  await frames(page, 2);
  const rows = (await page.evaluate(sampleXRFrames(XR_TIMING))) as XRFrameRow[];
  return viewFrom(page, name, how, rows, started, intervals);
}

export async function runAR(
  browser: Browser,
  base: string,
  lang: string,
  log: (message: string) => void = () => {},
): Promise<ARResult> {
  const started = Date.now();
  const url = `${base}?lang=${lang}&emulate`;
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US' });
  const page = await context.newPage();
  const timeout = XR_TIMING.sessionTimeoutMs;
  try {
    await openHall(page, url);
    const loadSeconds = (Date.now() - started) / 1000;
    await page.evaluate(LOOK_DOWN);
    const clicked = Date.now();
    await pressInPage(page, 'enter-ar');
    await waitFor(page, `window.__hall.isShown('ar-reticle')`, 'no reticle on the table', 2 * timeout);
    const findTableSeconds = (Date.now() - clicked) / 1000;
    log(
      `  AR: hall ready after ${loadSeconds.toFixed(0)} s, reticle ${findTableSeconds.toFixed(1)} s after AR`,
    );
    await page.evaluate(pull(1));
    await frames(page, 1);
    await page.evaluate(pull(0));
    await waitFor(page, `(${HALL_SCALE}) < 0.5`, 'the model was not placed on the table', timeout);
    const views: XRView[] = [];
    const intervals: number[] = [];
    const note = (view: XRView) => {
      views.push(view);
      log(
        `  AR ${view.name}: ${view.frames} XR frames, calls median ${view.callsMedian} / max ${view.callsMax}, ` +
          `triangles max ${view.trianglesMax}`,
      );
    };
    note(
      await sample(page, 'table', `?lang=${lang}&emulate, Tabletop AR, the trigger on the table`, intervals),
    );
    await inPage(page, setHash, `#/booth/${XR_BOOTH}`);
    await waitFor(page, `window.__hall.isShown('ar-step-inside')`, 'no booth panel over the model', timeout);
    note(await sample(page, 'table, booth panel', `then #/booth/${XR_BOOTH}`, intervals));
    // The right controller points up first: where it pointed (down at the table), the toolbar that comes
    // with Step inside appeared under its ray with Exit AR, and the session ended (reported to the lead).
    await page.evaluate(`(window.transformHandles.get('right').quaternion.set(0.7071, 0, 0, 0.7071), true)`);
    await frames(page, 1);
    await page.evaluate(`(window.__hallXR.ar.getState().actions.stepInside(), true)`);
    await waitFor(page, `window.__hall.isShown('ar-back-to-table')`, 'Step inside did not happen', timeout);
    note(await sample(page, 'inside', 'then Step inside (full size, opaque, same AR session)', intervals));
    return {
      device: 'IWER emulating a Meta Quest 3 in immersive-ar (tiny room: a table 74 cm high, 1 m ahead)',
      url,
      loadSeconds: round(loadSeconds) ?? 0,
      findTableSeconds: round(findTableSeconds) ?? 0,
      seconds: round((Date.now() - started) / 1000) ?? 0,
      views,
      ...xrFrameSummary(views, intervals),
    };
  } finally {
    await context.close();
  }
}
