import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { imageVariety, openHall, openHallFirstFrame, pose } from './support.ts';

const baseSettings = JSON.parse(readFileSync('public/content/kiosk.json', 'utf8'));

async function serveKioskSettings(page: Page, overrides: Record<string, unknown>) {
  await page.route('**/content/kiosk.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ...baseSettings, ...overrides }),
    }),
  );
}

test('attract loop → touch → explore → idle countdown (cancel by touch) → reset', async ({ page }) => {
  test.setTimeout(180_000);
  await serveKioskSettings(page, {
    idleTimeoutSeconds: 10,
    countdownSeconds: 3,
    defaultLang: 'en',
    languageRotation: ['en', 'zh'],
    tour: { order: 'paper', dwellSeconds: 30, includeEntrance: false },
  });
  // Only the DOM and the pose are read: half the pixel ratio makes the attract loop's frames a quarter as costly.
  await page.goto('?kiosk&dpr=0.5');
  const cta = page.getByTestId('attract-cta');
  await expect(cta).toHaveText('触摸开始参观 · Touch to explore');
  // The caption presents the first booth in both languages.
  await expect(page.getByTestId('tour-bar')).toContainText('Smart Inspection for Oil and Gas');
  await expect(page.getByTestId('tour-bar')).toContainText('油气智慧巡检');
  await expect(page.locator('html')).toHaveAttribute('data-hall-ready', 'true', { timeout: 60_000 });
  // Attract: the camera walks towards the first booth.
  await expect.poll(async () => (await pose(page)).z, { timeout: 20_000 }).toBeLessThan(-6);

  // Any touch hands control to the visitor at once, from where the camera is.
  await page.mouse.click(40, 300);
  await expect(cta).toHaveCount(0);
  const handedOver = await pose(page);
  expect(handedOver.z).toBeLessThan(-6);

  // Explore: open a booth and switch language.
  await page.getByRole('button', { name: 'Directory' }).click();
  await page.locator('.directory li button').nth(2).click();
  await expect(page.locator('.booth-panel')).toBeVisible();
  await page.getByTestId('lang-switch').click();
  await expect(page.getByRole('button', { name: '展位目录' })).toBeVisible();

  // Idle: the countdown appears; a touch cancels it.
  const countdown = page.getByTestId('idle-countdown');
  await expect(countdown).toBeVisible({ timeout: 15_000 });
  await expect(countdown).toContainText('秒后返回自动导览');
  await page.mouse.click(400, 60);
  await expect(countdown).toHaveCount(0);
  await expect(page.locator('.booth-panel')).toBeVisible();

  // Idle again, untouched: reset — panel closed, default language, attract loop on.
  await expect(countdown).toBeVisible({ timeout: 15_000 });
  await expect(cta).toBeVisible({ timeout: 10_000 });
  await expect(page.locator('.booth-panel')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('kiosk settings with a bad field show a clear error naming the file and field', async ({ page }) => {
  await serveKioskSettings(page, { idleTimeoutSeconds: 'soon', operatorPinHash: '2023' });
  await page.goto('?kiosk&lang=en');
  const error = page.getByTestId('error-screen');
  await expect(error).toBeVisible();
  await expect(error).toContainText('content/kiosk.json → idleTimeoutSeconds');
  await expect(error).toContainText('content/kiosk.json → operatorPinHash: must be a hash made by');
});

test('a lost WebGL context is restored without a reload', async ({ page }) => {
  await openHall(page, '?lang=en');
  await page.evaluate(() => {
    (window as unknown as { __marker: number }).__marker = 42; // survives only if the page is not reloaded
    const canvas = document.querySelector('[data-testid="hall-canvas"] canvas') as HTMLCanvasElement;
    const gl = canvas.getContext('webgl2')!;
    const ext = gl.getExtension('WEBGL_lose_context')!;
    (window as unknown as { __lose: WEBGL_lose_context }).__lose = ext;
    ext.loseContext();
  });
  await expect(page.getByTestId('display-lost')).toBeVisible();
  await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
  await expect(page.getByTestId('display-lost')).toHaveCount(0);
  // The hall draws again and still responds.
  const before = await pose(page);
  await page.keyboard.down('KeyW');
  await expect.poll(async () => (await pose(page)).z).toBeLessThan(before.z - 0.5);
  await page.keyboard.up('KeyW');
  await expect
    .poll(
      async () => imageVariety(await page.locator('[data-testid="hall-canvas"] canvas').screenshot()).buckets,
      {
        timeout: 20_000,
      },
    )
    .toBeGreaterThan(40);
  expect(await page.evaluate(() => (window as unknown as { __marker: number }).__marker)).toBe(42);
});

test('the guided tour is for everyone: play, next, pause and end from the Tour button', async ({ page }) => {
  await openHallFirstFrame(page, '?lang=en&dpr=0.5'); // only the DOM is read
  await page.getByTestId('tour-button').click();
  const bar = page.getByTestId('tour-bar');
  await expect(bar).toContainText('Shenzhen Metaverse');
  await bar.getByRole('button', { name: 'Next' }).click();
  await expect(bar).toContainText('Huawei');
  await expect(page.locator('.booth-panel h2')).toContainText('Huawei');
  await bar.getByRole('button', { name: 'Pause' }).click();
  await expect(bar.getByRole('button', { name: 'Play' })).toBeVisible();
  await bar.getByRole('button', { name: 'End tour' }).click();
  await expect(bar).toHaveCount(0);
});
