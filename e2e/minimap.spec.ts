import { expect, test } from '@playwright/test';
import { openHall, pose } from './support.ts';

/**
 * The floor plan works like a racing game's minimap: its plan is drawn once and only the "you are here"
 * marker moves. Every 2D fill of the page is counted from before the app starts.
 */
test('the minimap draws its plan once; walking moves only its marker', async ({ page }) => {
  await page.addInitScript(() => {
    const counter = window as unknown as { planFills: number };
    counter.planFills = 0;
    const fillRect = CanvasRenderingContext2D.prototype.fillRect;
    CanvasRenderingContext2D.prototype.fillRect = function (this: CanvasRenderingContext2D, ...args) {
      counter.planFills++;
      return fillRect.apply(this, args);
    };
  });
  await openHall(page, '?lang=en');
  const fills = () => page.evaluate(() => (window as unknown as { planFills: number }).planFills);
  const marker = page.getByTestId('minimap-marker');
  const transform = () => marker.evaluate((el) => (el as unknown as SVGSVGElement).style.transform);
  const drawn = await fills();
  expect(drawn).toBeGreaterThan(1); // the background and the booths
  const before = await transform();
  expect(before).toMatch(/^translate\(/);

  const start = await pose(page);
  await page.keyboard.down('KeyW');
  await expect.poll(async () => (await pose(page)).z, { timeout: 30_000 }).toBeLessThan(start.z - 0.3);
  await page.keyboard.up('KeyW');
  await expect.poll(transform).not.toBe(before);
  expect(await fills()).toBe(drawn); // the plan was not redrawn while walking
});
