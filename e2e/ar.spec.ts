import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { computeHallLayout, type BoothInput } from '../src/layout/computeHallLayout.ts';
import { computeTabletopFrame } from '../src/layout/tabletopModel.ts';
import { openHall, pose, watchExternalRequests } from './support.ts';
import { aim, frames, lookDown, trigger, useInput, type Vec } from './xrDriver.ts';

/**
 * The hall as a tabletop model in passthrough AR, under Meta's IWER emulating a Quest 3 (`?emulate`),
 * whose hit tests answer from the emulator's tiny room (src/controls/xr/tinyRoom.ts: a floor and a
 * table 74 cm high, a metre in front). One session, few XR frames: an emulated frame takes ~0.5 s here.
 */
test.describe.configure({ timeout: 360_000 });

const LAYOUT = computeHallLayout(
  (JSON.parse(readFileSync('public/content/exhibition.json', 'utf8')) as { booths: BoothInput[] }).booths,
);
const FRAME = computeTabletopFrame(LAYOUT.bounds);
// The booth nearest the model's centre: the easiest to point at from above.
const BOOTH = [...LAYOUT.booths].sort(
  (a, b) =>
    Math.hypot(a.x - FRAME.centre.x, a.z - FRAME.centre.z) -
    Math.hypot(b.x - FRAME.centre.x, b.z - FRAME.centre.z),
)[0]!;

/** World point of a named object's local point (null: not in the scene). */
const point = (page: Page, name: string, x = 0, y = 0, z = 0) =>
  page.evaluate((a) => window.__hall!.worldPointOf(a.name, a.x, a.y, a.z), { name, x, y, z });

/** How many metres one hall metre is in the world now (the hall root's scale). */
async function hallScale(page: Page) {
  const a = await point(page, 'hall-root', 0, 0, 0);
  const b = await point(page, 'hall-root', 1, 0, 0);
  return Math.hypot(b!.x - a!.x, b!.y - a!.y, b!.z - a!.z);
}

/** The scene root's state: background (null = passthrough shows) and the model's anchoring. */
const sceneState = (page: Page) =>
  page.evaluate(() => {
    let root = window.__hallXR!.store.getState().origin!;
    while (root.parent) root = root.parent;
    const scene = root as unknown as { isScene?: boolean; background: unknown; fog: unknown };
    if (!scene.isScene) return null; // the XR origin of a moment ago, no longer in the scene
    return {
      transparent: scene.background === null && scene.fog === null,
      table: root.getObjectByName('hall-root')?.userData.table as string | undefined,
    };
  });

/** Aim the right controller at a panel button's face from 45 cm in front of it, and pull the trigger. */
async function pressButton(page: Page, name: string) {
  const face = await point(page, name, 0, 0, 0.012);
  const from = await point(page, name, 0.03, 0.06, 0.45);
  expect(face, name).not.toBeNull();
  await aim(page, 'right', [from!.x, from!.y, from!.z], [face!.x, face!.y, face!.z]);
  await trigger(page, 'right', 1);
}

test('the AR code is in the lazy XR chunk, never in what every visitor downloads', () => {
  const dist = resolve(process.env.E2E_DIST ?? 'dist');
  const assets = readdirSync(resolve(dist, 'assets')).filter((f) => f.endsWith('.js'));
  // Names only the AR code uses (object names of the reticle and the table's booth numbers).
  const withAR = assets.filter((f) => {
    const code = readFileSync(resolve(dist, 'assets', f), 'utf8');
    return code.includes('ar-reticle') && code.includes('ar-table-numbers');
  });
  expect(withAR.length).toBe(1);
  expect(withAR[0]).toMatch(/^HallXR-/);
  const entry = /<script[^>]+src="\.?\/?assets\/([^"]+\.js)"/.exec(
    readFileSync(resolve(dist, 'index.html'), 'utf8'),
  );
  expect(entry?.[1]).toBeTruthy();
  expect(readFileSync(resolve(dist, 'assets', entry![1]!), 'utf8')).not.toContain('ar-reticle');
});

test('AR on an emulated Quest 3: place the model on the table, open a booth, step inside, back to the table', async ({
  page,
}) => {
  const external = watchExternalRequests(page);
  page.on('console', (m) => m.text().includes('[hall]') && console.log(m.text()));
  const started = Date.now();
  const step = (what: string) => console.log(`[ar] ${((Date.now() - started) / 1000).toFixed(1)} s: ${what}`);
  // `dpr=0.5`: the emulated display (the page's canvas) at half its size, a quarter of the pixels a frame.
  await openHall(page, '?lang=en&emulate&dpr=0.5');
  await expect(page.getByTestId('enter-ar')).toBeVisible();
  await expect(page.getByTestId('enter-vr')).toBeVisible();

  step('hall ready');
  // A visitor looks down at the table in front of them, and starts AR.
  await lookDown(page, Math.PI / 4);
  // What the page asks of the runtime (IWER drops what it does not know, as a headset would).
  await page.evaluate(() => {
    const xr = navigator.xr!;
    const request = xr.requestSession.bind(xr);
    xr.requestSession = (mode, init) => {
      (window as unknown as { arInit?: unknown }).arInit = init;
      return request(mode, init);
    };
  });
  await page.getByTestId('enter-ar').click();
  await expect
    .poll(() => page.evaluate(() => window.__hallXR?.store.getState().mode ?? null))
    .toBe('immersive-ar');
  expect(await page.evaluate(() => window.__hallXR!.store.getState().session!.enabledFeatures)).toEqual(
    expect.arrayContaining(['hit-test', 'anchors']),
  );
  // The phone's DOM overlay is asked for as an optional feature with a root; a headset ignores it and
  // the session runs without it (no DOM bar over the view: that is a phone's).
  const init = await page.evaluate(() => {
    const asked = (window as unknown as { arInit: XRSessionInit & { domOverlay?: { root: Element } } })
      .arInit;
    return { optional: asked.optionalFeatures, root: asked.domOverlay?.root instanceof HTMLElement };
  });
  expect(init).toEqual({ optional: expect.arrayContaining(['dom-overlay']), root: true });
  await expect(page.getByTestId('ar-bar')).toHaveCount(0);
  // No sky and no fog: the passthrough shows around the model. The reticle finds the table top.
  await expect.poll(() => sceneState(page)).toMatchObject({ transparent: true });
  await expect
    .poll(() => page.evaluate(() => window.__hall!.isShown('ar-reticle')), { timeout: 60_000 })
    .toBe(true);

  step('reticle on the table');
  // A select places the model on the table, anchored; it is about 1 m on its longer side.
  await trigger(page, 'right', 1);
  await expect.poll(() => sceneState(page)).toMatchObject({ table: 'anchored' });
  expect(await hallScale(page)).toBeCloseTo(FRAME.scale, 4);
  const floor = await point(page, `booth-hit:${BOOTH.id}`, 0, -2.2, 0);
  expect(floor!.y).toBeCloseTo(0.74, 2); // standing on the table top
  expect(Math.abs(floor!.z + 0.86)).toBeLessThan(0.5);
  expect(await page.evaluate(() => window.__hall!.isShown('ar-reticle'))).toBe(false);
  await frames(page, 2);
  const { calls, triangles } = await page.evaluate(() => window.__hall!.renderInfo());
  console.log(`[ar] per XR frame, tabletop model (both eyes): ${calls} draw calls, ${triangles} triangles`);
  test.info().annotations.push({ type: 'ar-draw-calls', description: String(calls) });
  expect(calls).toBeLessThanOrEqual(150); // the bench's XR budget

  step('placed');
  // One grip carries the model: squeeze, move the hand 10 cm to the right, let go.
  const centre = () => point(page, 'hall-root', FRAME.centre.x, 0, FRAME.centre.z);
  const before = await centre();
  const hand: Vec = [0.25, 1.1, -0.5];
  const ahead: Vec = [0.25, 0.7, -1.0];
  await aim(page, 'right', hand, ahead);
  const pinch = (value: number) =>
    page.evaluate(
      (value) => window.__hallXR!.store.getState().emulator!.hands.right!.updatePinchValue(value),
      value,
    );
  const squeeze = (value: number) =>
    page.evaluate(
      (value) =>
        window.__hallXR!.store.getState().emulator!.controllers.right!.updateButtonValue('squeeze', value),
      value,
    );
  await frames(page, 1);
  await squeeze(1);
  await frames(page, 1);
  await aim(page, 'right', [hand[0] + 0.1, hand[1], hand[2]], [ahead[0] + 0.1, ahead[1], ahead[2]]);
  await frames(page, 1);
  await squeeze(0);
  await frames(page, 1);
  const after = await centre();
  expect(after!.x - before!.x).toBeCloseTo(0.1, 2);
  expect(after!.z - before!.z).toBeCloseTo(0, 2);
  await expect.poll(() => sceneState(page)).toMatchObject({ table: 'anchored' }); // anchored again there
  step('moved with a grip');
  // Tracked hands: a pinch over the model carries it like a grip (10 cm back to the left, where it was).
  await useInput(page, 'hand');
  const held = await centre();
  const over: Vec = [held!.x, 0.9, held!.z];
  const level: Vec = [held!.x, 0.9, held!.z - 1]; // pointing level over the model: the ray hits no booth
  await aim(page, 'right', over, level);
  await frames(page, 1);
  await pinch(1);
  await frames(page, 1);
  await aim(page, 'right', [over[0] - 0.1, over[1], over[2]], [level[0] - 0.1, level[1], level[2]]);
  await frames(page, 1);
  await pinch(0);
  await frames(page, 1);
  const pinched = await centre();
  expect(pinched!.x - held!.x).toBeCloseTo(-0.1, 2);
  expect(pinched!.z - held!.z).toBeCloseTo(0, 2);
  await useInput(page, 'controller');
  step('moved with a pinch');
  // Pointing at a booth in the model (from above it) opens its panel floating over the model.
  const booth = await point(page, `booth-hit:${BOOTH.id}`);
  const target: Vec = [booth!.x, booth!.y, booth!.z];
  await aim(page, 'right', [target[0], target[1] + 0.35, target[2] + 0.05], target);
  await trigger(page, 'right', 1);
  await expect(page).toHaveURL(new RegExp(`#/booth/${BOOTH.id}$`));
  await expect.poll(() => page.evaluate(() => window.__hall!.isShown('ar-step-inside'))).toBe(true);
  const panel = await point(page, 'vr-booth-panel');
  expect(panel!.y).toBeGreaterThan(0.9); // above the model

  step('booth panel over the model');
  // Step inside: the full-size hall (opaque) at that booth's viewing spot.
  await pressButton(page, 'ar-step-inside');
  await expect.poll(() => hallScale(page)).toBeCloseTo(1, 3);
  await expect.poll(() => sceneState(page)).toMatchObject({ transparent: false });
  await expect
    .poll(async () => {
      const p = await pose(page);
      return Math.hypot(p.x - BOOTH.viewSpot.x, p.z - BOOTH.viewSpot.z);
    })
    .toBeLessThan(0.01);
  await expect.poll(() => page.evaluate(() => window.__hall!.isShown('ar-back-to-table'))).toBe(true);
  await frames(page, 2);
  const inside = await page.evaluate(() => window.__hall!.renderInfo());
  console.log(
    `[ar] per XR frame, inside (both eyes): ${inside.calls} draw calls, ${inside.triangles} triangles`,
  );
  expect(inside.calls).toBeLessThanOrEqual(150);

  step('inside');
  // Back to the table: the model again, with the booth's panel.
  await pressButton(page, 'ar-back-to-table');
  await expect.poll(() => hallScale(page)).toBeCloseTo(FRAME.scale, 4);
  await expect.poll(() => sceneState(page)).toMatchObject({ transparent: true });
  await expect.poll(() => page.evaluate(() => window.__hall!.isShown('ar-step-inside'))).toBe(true);
  step('back on the table');
  expect(external).toEqual([]);
});
