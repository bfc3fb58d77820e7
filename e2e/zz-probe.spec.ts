import { test } from '@playwright/test';
import { finger, openHall, pose } from './support.ts';
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
test('probe', async ({ page }) => {
  await openHall(page, '?lang=en');
  await page.evaluate(() => {
    for (const t of ['pointerdown', 'pointermove', 'pointerup', 'pointercancel', 'click'])
      window.addEventListener(
        t,
        (e) =>
          console.log(
            t,
            (e as PointerEvent).pointerType,
            (e as PointerEvent).clientX,
            (e as PointerEvent).clientY,
          ),
        true,
      );
  });
  page.on('console', (m) => console.log('PAGE', m.text()));
  const touch = await finger(page);
  await touch.down(100, 560);
  await touch.move(180, 560, 6);
  await touch.up();
  await page.waitForTimeout(500);
  await page.waitForTimeout(1000);
  const point = await page.evaluate(() => window.__hall!.screenPointOf('virtual-tv-host'));
  console.log('point', point, await pose(page));
  const t0 = Date.now();
  await page.touchscreen.tap(point!.x, point!.y);
  for (let i = 0; i < 20; i++) {
    console.log(Date.now() - t0, JSON.stringify(await pose(page)));
    await page.waitForTimeout(500);
  }
});
