import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { computeHallLayout, type BoothInput } from '../src/layout/computeHallLayout.ts';
import { openHall, pose, watchExternalRequests } from './support.ts';
import { aim, frames, quickSelect, trigger, type Vec } from './xrDriver.ts';

/**
 * Headset visits under Meta's IWER emulating a Quest 3 (`?emulate`), driven through the emulated
 * device: controller and hand poses, trigger, thumbstick and pinch. Nothing is mocked.
 * Helpers take hall coordinates and convert them to the emulator's frames (XR origin, then headset rig).
 */

// An emulated XR frame takes ~0.5 s on two shared cores (more under load); a test here draws 20–60 of them.
test.describe.configure({ timeout: 360_000 });

async function enterVR(page: Page, path: string) {
  await openHall(page, path);
  await page.getByTestId('enter-vr').click();
  await expect.poll(() => page.evaluate(() => Boolean(window.__hallXR?.store.getState().session))).toBe(true);
  // Both controllers are tracked (they connect a frame or two after the session starts).
  await expect
    .poll(() => page.evaluate(() => window.__hallXR!.store.getState().inputSourceStates.length), {
      timeout: 60_000,
    })
    .toBeGreaterThanOrEqual(2);
}

/** The page the booth panel shows, as its page line reads ("2 / 5"). */
async function boothPanelPage(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    let root = window.__hallXR!.store.getState().origin!;
    while (root.parent) root = root.parent;
    const data = root.getObjectByName('vr-booth-panel')?.userData as { page?: number; pages?: number };
    return data?.page ? `${data.page} / ${data.pages}` : undefined;
  });
}

// Booth positions from the same pure layout the hall uses (they move when the content or the layout does).
const LAYOUT = computeHallLayout(
  (JSON.parse(readFileSync('public/content/exhibition.json', 'utf8')) as { booths: BoothInput[] }).booths,
);
const boothAt = (id: string) => LAYOUT.booths.find((b) => b.id === id)!;
const TV_HOST = boothAt('virtual-tv-host');
const KOOMAP_BOOTH = boothAt('koomap-xicun-ar-tourism');
const KOOMAP: Vec = [KOOMAP_BOOTH.x, 2.2, KOOMAP_BOOTH.z];

test('enter VR from a deep link: standing at the booth with its panel open; snap turn turns', async ({
  page,
}) => {
  const external = watchExternalRequests(page);
  await enterVR(page, '?lang=en&emulate#/booth/virtual-tv-host');
  await expect.poll(() => page.evaluate(() => window.__hall!.isShown('vr-booth-panel'))).toBe(true);
  const start = await pose(page);
  expect(start.z).toBeGreaterThan(TV_HOST.z); // at the viewing spot in front of the booth

  await page.evaluate(() =>
    window.__hallXR!.store.getState().emulator!.controllers.right!.updateAxes('thumbstick', 0.9, 0),
  );
  await expect.poll(async () => Math.abs((await pose(page)).yaw - start.yaw)).toBeGreaterThan(0.4);
  await page.evaluate(() =>
    window.__hallXR!.store.getState().emulator!.controllers.right!.updateAxes('thumbstick', 0, 0),
  );
  expect(Math.abs((await pose(page)).yaw - start.yaw)).toBeCloseTo(Math.PI / 6, 2); // one 30° step
  expect(external).toEqual([]);
});

test('the controller ray selects a booth and its in-world panel opens; the trigger arc teleports', async ({
  page,
}) => {
  await enterVR(page, '?lang=en&emulate#/booth/virtual-tv-host');
  const at = await pose(page);
  // Ray at the neighbouring booth (KooMap, one stand to the west).
  await aim(page, 'right', [at.x + 0.2, 1.3, at.z - 0.3], KOOMAP);
  await trigger(page, 'right');
  await expect(page).toHaveURL(/#\/booth\/koomap-xicun-ar-tourism$/);
  await expect.poll(() => page.evaluate(() => window.__hall!.isShown('vr-booth-panel'))).toBe(true);

  // Teleport: point down at the open floor of the plaza and pull the trigger.
  const before = await pose(page);
  await aim(page, 'left', [before.x - 0.2, 1.2, before.z - 0.2], [before.x + 1, 0, before.z + 3]);
  await trigger(page, 'left');
  await expect
    .poll(async () => {
      const p = await pose(page);
      return Math.hypot(p.x - before.x, p.z - before.z);
    })
    .toBeGreaterThan(0.8);
});

/** Aim the right ray at the toolbar's Tour button (its face, from 45 cm in front) and pull the trigger. */
async function pressToolbarTour(page: Page) {
  const point = (x: number, y: number, z: number) =>
    page.evaluate((p) => window.__hall!.worldPointOf('vr-toolbar', p[0]!, p[1]!, p[2]!), [x, y, z]);
  // The Tour button is the middle of the top row (vrPanels.ts toolbarLayout).
  const button = await point(0, 0.055, 0.012);
  const from = await point(0.08, 0.2, 0.45);
  expect(button).not.toBeNull();
  await aim(page, 'right', [from!.x, from!.y, from!.z], [button!.x, button!.y, button!.z]);
  await trigger(page, 'right');
}

test('a stock Chromium has native WebXR, and ?emulate installs the emulated headset over it', async ({
  page,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { nativeXR?: unknown }).nativeXR = navigator.xr;
  });
  await enterVR(page, '?lang=en&emulate');
  const runtime = await page.evaluate(() => ({
    native: Object.prototype.toString.call((window as unknown as { nativeXR?: unknown }).nativeXR),
    replaced: (window as unknown as { nativeXR?: unknown }).nativeXR !== navigator.xr,
  }));
  expect(runtime).toEqual({ native: '[object XRSystem]', replaced: true });
  await expect(page.getByTestId('vr-unavailable')).toHaveCount(0);
});

for (const kind of ['controller', 'hand'] as const)
  test(`a ${kind} select inside one XR frame toggles the directory once and turns one page`, async ({
    page,
  }) => {
    await enterVR(page, '?lang=en&emulate#/booth/virtual-tv-host');
    if (kind === 'hand') {
      await page.evaluate(() => {
        window.__hallXR!.store.getState().emulator!.primaryInputMode = 'hand';
      });
      await expect
        .poll(() =>
          page.evaluate(() =>
            window.__hallXR!.store.getState().inputSourceStates.some((s) => s.type === 'hand'),
          ),
        )
        .toBe(true);
    }
    const point = (name: string, x: number, y: number, z: number) =>
      page.evaluate((a) => window.__hall!.worldPointOf(a.name, a.x, a.y, a.z), { name, x, y, z });
    const aimAt = async (name: string, x: number, y: number) => {
      const target = await point(name, x, y, 0.012);
      const from = await point(name, x + 0.05, y + 0.1, 0.45);
      await aim(page, 'right', [from!.x, from!.y, from!.z], [target!.x, target!.y, target!.z]);
    };
    const directoryShown = () => page.evaluate(() => window.__hall!.isShown('vr-directory'));

    // The toolbar's Directory button (left of the top row, vrPanels.ts toolbarLayout): open, then closed.
    await aimAt('vr-toolbar', -0.29, 0.055);
    await quickSelect(page, kind);
    expect(await directoryShown()).toBe(true);
    await quickSelect(page, kind);
    expect(await directoryShown()).toBe(false);

    // The booth panel's "Page down" (bottom row, fourth: vrPanels.ts boothPanelLayout): one page on.
    await expect.poll(() => boothPanelPage(page)).toMatch(/^1 \/ ([2-9]|\d{2,})$/);
    await aimAt('vr-booth-panel', 0.214, -0.4075);
    await quickSelect(page, kind);
    expect(await boothPanelPage(page)).toMatch(/^2 \//);
  });

test('the toolbar’s Tour button starts the guided tour in VR and ends it', async ({ page }) => {
  await enterVR(page, '?lang=en&emulate');
  await expect.poll(() => page.evaluate(() => window.__hall!.isShown('vr-toolbar'))).toBe(true);
  await pressToolbarTour(page);
  const bar = page.getByTestId('tour-bar');
  await expect(bar).toContainText('Shenzhen Metaverse');
  await pressToolbarTour(page);
  await expect(bar).toHaveCount(0);
});

test('hand tracking: a pinch selects a booth', async ({ page }) => {
  await enterVR(page, '?lang=en&emulate#/booth/virtual-tv-host');
  await page.evaluate(() => {
    window.__hallXR!.store.getState().emulator!.primaryInputMode = 'hand';
  });
  await expect
    .poll(() =>
      page.evaluate(() => window.__hallXR!.store.getState().inputSourceStates.some((s) => s.type === 'hand')),
    )
    .toBe(true);
  const at = await pose(page);
  await aim(page, 'right', [at.x + 0.2, 1.3, at.z - 0.3], KOOMAP);
  const pinch = (value: number) =>
    page.evaluate(
      (value) => window.__hallXR!.store.getState().emulator!.hands.right!.updatePinchValue(value),
      value,
    );
  await frames(page, 2);
  await pinch(1);
  await frames(page, 1);
  await pinch(0);
  await frames(page, 2);
  await expect(page).toHaveURL(/#\/booth\/koomap-xicun-ar-tourism$/);
});

test('leaving VR returns to the browser view at the same place', async ({ page }) => {
  await enterVR(page, '?lang=en&emulate');
  // Move in VR (teleport with the left trigger) so "same place" means something.
  const start = await pose(page);
  await aim(page, 'left', [start.x - 0.2, 1.2, start.z - 0.2], [start.x - 1, 0, start.z - 4]);
  await trigger(page, 'left');
  await expect
    .poll(async () => {
      const p = await pose(page);
      return Math.hypot(p.x - start.x, p.z - start.z);
    })
    .toBeGreaterThan(1);
  const inVR = await pose(page);
  await page.evaluate(() => window.__hallXR!.store.getState().session!.end());
  await expect(page.getByTestId('enter-vr')).toBeVisible();
  const after = await pose(page);
  // The browser camera takes over where the head was (the emulated head stands ~0.1 m off the origin).
  expect(Math.hypot(after.x - inVR.x, after.z - inVR.z)).toBeLessThan(0.6);
  expect(Math.abs(after.yaw - inVR.yaw)).toBeLessThan(0.3);
  // The browser view renders again and still responds to the keyboard.
  await page.keyboard.down('KeyW');
  await expect.poll(async () => (await pose(page)).z, { timeout: 10_000 }).toBeLessThan(after.z - 0.5);
  await page.keyboard.up('KeyW');
});
