import { expect, test } from '@playwright/test';
import {
  content,
  imageVariety,
  openHall,
  openHallFirstFrame,
  pose,
  watchExternalRequests,
} from './support.ts';

const TV_HOST = content.booths.find((b) => b.id === 'virtual-tv-host')!;

test('the hall renders a real picture and loads nothing from outside localhost', async ({ page }) => {
  const external = watchExternalRequests(page);
  await openHall(page);
  const shot = await page.locator('[data-testid="hall-canvas"] canvas').screenshot();
  const variety = imageVariety(shot);
  expect(variety.buckets).toBeGreaterThan(40);
  expect(variety.spread).toBeGreaterThan(100);
  await page.screenshot({ path: 'test-results/hall-entrance.png' });
  expect(external).toEqual([]);
});

test('the directory lists all 19 booths and takes you to one', async ({ page }) => {
  await openHallFirstFrame(page, '?lang=zh'); // only the DOM is read
  await page.getByRole('button', { name: '展位目录' }).click();
  const entries = page.locator('.directory li button');
  await expect(entries).toHaveCount(19);
  const search = page.getByRole('searchbox');
  // An organization's name finds its booths (in any sector) and hides every other booth and sector.
  const huawei = content.booths.filter((b) => b.organizations.some((o) => o.zh.includes('华为')));
  expect(huawei.length).toBeGreaterThan(1);
  await search.fill('华为');
  await expect(entries).toHaveCount(huawei.length);
  const shown = await entries.evaluateAll((els) => els.map((el) => el.getAttribute('data-booth-id')));
  expect(shown.sort()).toEqual(huawei.map((b) => b.id).sort());
  await expect(page.locator('.directory__list h3')).toHaveCount(new Set(huawei.map((b) => b.sector)).size);
  // English names work in the Chinese hall too; a word no booth has shows the "no match" line.
  await search.fill('hisense');
  await expect(entries).toHaveCount(2);
  await expect(entries.locator('.directory__title').first()).toHaveText(
    content.booths.find((b) => b.id === 'hisense-xr-v3-headset')!.title.zh,
  );
  await search.fill('OptiTrack');
  await expect(entries).toHaveCount(0);
  await expect(page.getByText('没有匹配的展位')).toBeVisible();
  await search.fill('小漾');
  await expect(entries).toHaveCount(1);
  await entries.first().click();
  await expect(page.locator('.booth-panel h2')).toHaveText(TV_HOST.title.zh);
  await expect(page).toHaveURL(/#\/booth\/virtual-tv-host$/);
});

test('a deep link opens its booth in Chinese; switching to English changes panel and UI', async ({
  page,
}) => {
  await openHall(page, '?lang=zh#/booth/virtual-tv-host');
  const panel = page.locator('.booth-panel');
  await expect(panel.locator('h2')).toHaveText(TV_HOST.title.zh);
  await expect(page.getByRole('button', { name: '展位目录' })).toBeVisible();
  // The visitor stands at the booth's viewing spot, not at the entrance.
  const p = await pose(page);
  expect(p.z).toBeLessThan(-15);

  await page.getByTestId('lang-switch').click();
  await expect(panel.locator('h2')).toHaveText(TV_HOST.title.en);
  await expect(page.getByRole('button', { name: 'Directory' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('data-text-ready', 'true');
});

test('next/previous walk the paper order and back/forward follow', async ({ page }) => {
  await openHallFirstFrame(page, '?lang=en#/booth/virtual-tv-host'); // only the DOM is read
  // Read to the end of the booth's text, then go on: the next booth opens at its title.
  const body = page.locator('.booth-panel__body');
  await body.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect.poll(() => body.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page).toHaveURL(/#\/booth\/immersive-light-courses$/);
  const nextTitle = content.booths.find((b) => b.id === 'immersive-light-courses')!.title.en;
  await expect(page.locator('.booth-panel h2')).toHaveText(nextTitle);
  expect(await body.evaluate((el) => el.scrollTop)).toBe(0);
  await expect(page.locator('.booth-panel h2')).toBeInViewport();
  await page.goBack();
  await expect(page).toHaveURL(/#\/booth\/virtual-tv-host$/);
  await expect(page.locator('.booth-panel h2')).toHaveText(TV_HOST.title.en);
  // The how-to line would sit over the panel's buttons on a small screen: it shows only without a panel.
  await expect(page.locator('.help-hint')).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(page.locator('.booth-panel')).toHaveCount(0);
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.locator('.help-hint')).toBeVisible();
});

test('an unknown booth id shows a friendly notice and the hall', async ({ page }) => {
  await openHallFirstFrame(page, '?lang=en#/booth/no-such-booth'); // only the DOM is read
  await expect(page.getByRole('status').filter({ hasText: 'That booth does not exist' })).toBeVisible();
  await expect(page.locator('.booth-panel')).toHaveCount(0);
});

test('keys walk the visitor forward and collisions stop them at a wall', async ({ page }) => {
  // Only the pose is read: no Chinese 3D text to wait for, and half the pixel ratio makes each walking
  // frame a quarter as costly.
  await openHall(page, '?lang=en&dpr=0.5');
  const before = await pose(page);
  await page.locator('[data-testid="hall-canvas"] canvas').click({ position: { x: 400, y: 480 } });
  await page.keyboard.down('KeyW');
  // Walking is frame-driven (at most 0.1 s of walk per frame), so the wait is in frames, not seconds: under
  // a loaded SwiftShader a frame can take a second or more. The default expect timeout is the bound.
  await expect.poll(async () => (await pose(page)).z).toBeLessThan(before.z - 1);
  await page.keyboard.up('KeyW');
  // Walk backwards into the entrance wall: the visitor stops inside the hall.
  await page.keyboard.down('KeyS');
  await expect.poll(async () => (await pose(page)).z).toBeGreaterThan(-0.5);
  await page.waitForFunction(() => true);
  await page.keyboard.up('KeyS');
  expect((await pose(page)).z).toBeLessThan(0);
});

test('walking on a slow renderer lowers the resolution, and standing still brings it back', async ({
  page,
}) => {
  // SwiftShader draws this hall far below 45 fps, so adaptive resolution must step down while moving.
  // (No `?dpr`, which pins the ratio; English: no Chinese 3D text to wait for.)
  await openHall(page, '?lang=en');
  const ratio = () => page.evaluate(() => window.__hall!.renderInfo().pixelRatio);
  expect(await ratio()).toBe(1);
  await page.locator('[data-testid="hall-canvas"] canvas').click({ position: { x: 400, y: 480 } });
  await page.keyboard.down('KeyW');
  await expect.poll(ratio, { timeout: 30_000 }).toBeLessThan(1);
  await page.keyboard.up('KeyW');
  // At rest the last frame is drawn at the full pixel ratio, so text is sharp for reading.
  await expect.poll(ratio, { timeout: 15_000 }).toBe(1);
  const shot = await page.locator('[data-testid="hall-canvas"] canvas').screenshot();
  expect(imageVariety(shot).buckets).toBeGreaterThan(40);
});

test('clicking a booth in the 3D view opens its panel', async ({ page }) => {
  // English: the booth is hit in 3D whatever the language, and the Chinese 3D text is the slowest to be ready.
  await openHall(page, '?lang=en');
  const point = await page.evaluate(() => window.__hall!.screenPointOf('virtual-tv-host'));
  expect(point).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
  await expect(page.locator('.booth-panel h2')).toHaveText(TV_HOST.title.en);
  await expect(page).toHaveURL(/#\/booth\/virtual-tv-host$/);
});

test('README screenshot: a booth with its panel, at 1280×720', async ({ page }) => {
  // `npm run screenshot` (UPDATE_SCREENSHOT=1) refreshes docs/screenshot.png; every run writes test-results/.
  await page.setViewportSize({ width: 1280, height: 720 });
  await openHall(page, '?lang=en#/booth/byd-xr-launch');
  await expect(page.locator('.booth-panel h2')).toContainText('BYD');
  const shot = await page.screenshot({ path: 'test-results/readme-screenshot.png' });
  expect(imageVariety(shot).buckets).toBeGreaterThan(60);
  if (process.env.UPDATE_SCREENSHOT) await page.screenshot({ path: 'docs/screenshot.png' });
});
