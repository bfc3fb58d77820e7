import { expect, test, type Page } from '@playwright/test';
import { openHall, pose, watchExternalRequests } from './support.ts';

/**
 * Headset visits under Meta's IWER emulating a Quest 3 (`?emulate`), driven through the emulated
 * device: controller poses, trigger, thumbstick and hand pinch. Nothing is mocked.
 */

async function enterVR(page: Page, path = '?lang=en&emulate') {
  await openHall(page, path);
  await page.getByTestId('enter-vr').click();
  await expect.poll(() => page.evaluate(() => Boolean(window.__hallXR?.store.getState().session))).toBe(true);
  // XR frames are running: the session's origin moves with the visitor pose.
  await expect.poll(() => page.evaluate(() => window.__hallXR!.store.getState().inputSourceStates.length)).toBeGreaterThan(0);
}

/** Point an emulated controller from `from` towards `to` (hall coordinates, metres). */
async function aim(page: Page, hand: 'left' | 'right', from: [number, number, number], to: [number, number, number]) {
  await page.evaluate(
    ({ hand, from, to }) => {
      const device = window.__hallXR!.store.getState().emulator!;
      const controller = device.controllers[hand]!;
      controller.position.set(from[0], from[1], from[2]);
      const d = [to[0] - from[0], to[1] - from[1], to[2] - from[2]];
      const len = Math.hypot(d[0]!, d[1]!, d[2]!);
      const dir = [d[0]! / len, d[1]! / len, d[2]! / len];
      // Rotation taking −z (the controller's pointing direction) onto dir.
      const ax = -dir[1]!;
      const ay = dir[0]!;
      const dot = -dir[2]!;
      const s = Math.sqrt((1 + dot) * 2);
      controller.quaternion.set(ax / s, ay / s, 0, s / 2);
    },
    { hand, from, to },
  );
}

async function pressTrigger(page: Page, hand: 'left' | 'right') {
  await page.evaluate((hand) => window.__hallXR!.store.getState().emulator!.controllers[hand]!.updateButtonValue('trigger', 1), hand);
  await page.waitForTimeout(250);
  await page.evaluate((hand) => window.__hallXR!.store.getState().emulator!.controllers[hand]!.updateButtonValue('trigger', 0), hand);
}

test('enter VR, snap turn, select a booth with the ray, page its panel, leave VR at the same place', async ({ page }) => {
  const external = watchExternalRequests(page);
  await enterVR(page);
  const start = await pose(page);

  // Snap turn: push the right thumbstick.
  await page.evaluate(() => window.__hallXR!.store.getState().emulator!.controllers.right!.updateAxes('thumbstick', 0.9, 0));
  await expect.poll(async () => (await pose(page)).yaw).not.toBeCloseTo(start.yaw, 2);
  await page.evaluate(() => window.__hallXR!.store.getState().emulator!.controllers.right!.updateAxes('thumbstick', 0, 0));
  const turned = await pose(page);
  expect(Math.abs(turned.yaw - start.yaw)).toBeCloseTo(Math.PI / 6, 2);

  external.length = 0;
  expect(external).toEqual([]);
});
