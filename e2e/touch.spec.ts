import { expect, test } from '@playwright/test';
import { content, finger, openHall, pose } from './support.ts';

/** A phone: touch only, small portrait screen. Taps and drags go through Chromium's touch pipeline. */
test.use({
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  deviceScaleFactor: 1,
});
// Each touch step waits for a frame of the CPU renderer: on a busy two-core CI machine the tap test
// alone has taken 50-60 s, close to the 90 s default.
test.describe.configure({ timeout: 150_000 });

const TV_HOST = content.booths.find((b) => b.id === 'virtual-tv-host')!;

test('on a phone the joystick walks the visitor forward and a finger drag turns the view', async ({
  page,
}) => {
  await openHall(page, '?lang=en&dpr=0.5');
  const joystick = page.locator('.joystick');
  await expect(joystick).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mouse look' })).toBeHidden();
  const knob = joystick.locator('.joystick__knob');
  const box = (await knob.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(844);

  const before = await pose(page);
  const touch = await finger(page);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await touch.down(cx, cy);
  await touch.move(cx, cy - 45, 2);
  await expect(knob).not.toHaveCSS('transform', 'none');
  await expect.poll(async () => (await pose(page)).z).toBeLessThan(before.z - 1);
  await touch.up();
  // Letting go recentres the knob.
  await expect(knob).toHaveCSS('transform', 'matrix(1, 0, 0, 1, 0, 0)');
  const walked = await pose(page);
  expect(Math.abs(walked.x - before.x)).toBeLessThan(1); // straight ahead, no sideways drift

  // A one-finger drag on the hall (not on the joystick) looks around without walking.
  await touch.down(120, 420);
  await touch.move(260, 420, 3);
  await touch.up();
  await expect.poll(async () => Math.abs((await pose(page)).yaw - walked.yaw)).toBeGreaterThan(0.2);
  const turned = await pose(page);
  expect(Math.hypot(turned.x - walked.x, turned.z - walked.z)).toBeLessThan(0.5);
});

test('tapping a booth opens a panel that scrolls by finger, has selectable text and closes with ✕', async ({
  page,
}) => {
  await openHall(page, '?lang=en&dpr=0.5');
  // From the entrance the booth is off to the left of a narrow phone screen: turn towards it with a
  // finger, as a visitor would, until it is well inside the screen.
  const touch = await finger(page);
  const pointOf = () => page.evaluate(() => window.__hall!.screenPointOf('virtual-tv-host'));
  for (let i = 0; i < 6 && ((await pointOf())?.x ?? -1) < 120; i++) {
    const yaw = (await pose(page)).yaw;
    await touch.down(100, 560);
    await touch.move(180, 560, 3);
    await touch.up();
    await expect.poll(async () => (await pose(page)).yaw).not.toBe(yaw);
  }
  const point = await pointOf();
  expect(point).not.toBeNull();
  expect(point!.x).toBeGreaterThan(60);
  expect(point!.x).toBeLessThan(330);
  expect(point!.y).toBeGreaterThan(120);
  expect(point!.y).toBeLessThan(650);
  await page.touchscreen.tap(point!.x, point!.y);

  const panel = page.locator('.booth-panel');
  await expect(panel.locator('h2')).toHaveText(TV_HOST.title.en);
  await expect(page).toHaveURL(/#\/booth\/virtual-tv-host$/);
  // The panel fits the phone's width.
  const panelBox = (await panel.boundingBox())!;
  expect(panelBox.x).toBeGreaterThanOrEqual(0);
  expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(390);
  expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(844);

  // The body is longer than the panel and a finger swipe scrolls it.
  const body = panel.locator('.booth-panel__body');
  const sizes = await body.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  expect(await body.evaluate((el) => el.scrollTop)).toBe(0);
  const bodyBox = (await body.boundingBox())!;
  const x = bodyBox.x + bodyBox.width / 2;
  await touch.down(x, bodyBox.y + bodyBox.height * 0.8);
  await touch.move(x, bodyBox.y + bodyBox.height * 0.2, 4);
  await touch.up();
  await expect.poll(() => body.evaluate((el) => el.scrollTop)).toBeGreaterThan(50);
  // The swipe stays in the panel: it does not tilt the view behind it (a look drag would).
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(Math.abs((await pose(page)).pitch)).toBeLessThan(0.05);

  // Its text can be selected (and so copied).
  for (const el of [body, body.locator('h2'), body.locator('.booth-panel__summary')])
    expect(await el.evaluate((e) => getComputedStyle(e).userSelect)).not.toBe('none');
  const selected = await body.locator('.booth-panel__summary').evaluate((el) => {
    const selection = window.getSelection()!;
    selection.selectAllChildren(el);
    return selection.toString();
  });
  expect(selected.length).toBeGreaterThan(20);

  await panel.getByRole('button', { name: 'Close' }).tap();
  await expect(panel).toHaveCount(0);
  await expect(page).toHaveURL(/#\/$/);
});
