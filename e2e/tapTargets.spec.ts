import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * Nothing covers a control: on phones (390×844, 360×640), in both languages, with and without a booth
 * panel, the directory and the top bar's menu open, every visible button can be tapped — the element
 * at its centre is the button itself or inside it. On a phone the top bar is one row and the title is
 * not cut. These checks need only the DOM: they wait for the first hall frame, not for the 3D text.
 */
test.describe.configure({ timeout: 180_000 });

/** The visible buttons whose centre something else covers (scrolled-away ones are left out). */
async function coveredButtons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const covered: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], input, [role="button"]')) {
      if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      if (el.closest('[inert]')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      // Inside a scrolling box, a control scrolled out of its box is reached by scrolling, not covered.
      let box = el.parentElement;
      let inView = x >= 0 && y >= 0 && x <= innerWidth && y <= innerHeight;
      for (; box && inView; box = box.parentElement) {
        const overflow = getComputedStyle(box).overflowY;
        if (overflow !== 'auto' && overflow !== 'scroll') continue;
        const b = box.getBoundingClientRect();
        inView = y >= b.top && y <= b.bottom && x >= b.left && x <= b.right;
      }
      if (!inView) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit === el || (hit && el.contains(hit))) continue;
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
      const by = hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}` : 'nothing';
      covered.push(`"${name}" covered by ${by}`);
    }
    return covered;
  });
}

/** The top bar is one row: the title shows whole and the bar's visible buttons share one line. */
async function topBarLayout(page: Page) {
  return page.evaluate(() => {
    const title = document.querySelector<HTMLElement>('.top-bar__title')!;
    const buttons = [...document.querySelectorAll<HTMLElement>('.top-bar__actions > button')].filter((b) =>
      b.checkVisibility(),
    );
    const tops = new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
    return {
      titleCut: title.scrollWidth > title.clientWidth + 1,
      buttonRows: tops.size,
      barHeight: Math.round(document.querySelector('.top-bar')!.getBoundingClientRect().height),
    };
  });
}

for (const size of [
  { width: 390, height: 844 },
  { width: 360, height: 640 },
]) {
  test.describe(`${size.width}×${size.height} phone`, () => {
    test.use({ viewport: size, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });

    test('every visible button can be tapped, in both languages, with and without a panel', async ({
      page,
    }) => {
      // What is checked is the geometry (elementFromPoint); the menu and panels are opened with plain DOM
      // clicks, which a busy software renderer cannot hold up the way it holds up synthesized touches.
      const press = (locator: Locator) => locator.dispatchEvent('click');
      await page.goto('?lang=en');
      await expect(page.locator('.loading')).toHaveCount(0, { timeout: 90_000 });
      await expect(page.locator('.joystick')).toBeVisible();
      for (const lang of ['en', 'zh'] as const) {
        const where = (state: string) => `${lang}, ${state}`;
        await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
        expect(await topBarLayout(page), where('top bar')).toMatchObject({ titleCut: false, buttonRows: 1 });
        expect((await topBarLayout(page)).barHeight).toBeLessThan(80);
        expect(await coveredButtons(page), where('hall')).toEqual([]);

        await press(page.getByTestId('top-bar-menu'));
        await expect(page.getByTestId('lang-switch')).toBeVisible();
        expect(await coveredButtons(page), where('menu open')).toEqual([]);
        await press(page.getByTestId('top-bar-menu'));
        await expect(page.getByTestId('lang-switch')).toBeHidden();

        await page.evaluate(() => (window.location.hash = '#/booth/virtual-tv-host'));
        const panel = page.locator('.booth-panel');
        await expect(panel).toBeVisible();
        expect(await coveredButtons(page), where('booth panel open')).toEqual([]);
        // The panel's last buttons (Previous / Next) in particular: the joystick used to sit on "Next".
        await expect(panel.locator('.booth-panel__nav button').last()).toBeInViewport();
        await press(page.getByTestId('top-bar-menu'));
        expect(await coveredButtons(page), where('booth panel and menu open')).toEqual([]);
        await press(page.getByTestId('top-bar-menu'));
        await press(panel.getByRole('button', { name: lang === 'zh' ? '关闭' : 'Close' }));
        await expect(panel).toHaveCount(0);
        await expect(page.locator('.joystick')).toBeVisible();

        await press(page.getByRole('button', { name: lang === 'zh' ? '展位目录' : 'Directory' }).first());
        await expect(page.locator('.directory')).toBeVisible();
        expect(await coveredButtons(page), where('directory open')).toEqual([]);
        await press(
          page.locator('.directory').getByRole('button', { name: lang === 'zh' ? '关闭' : 'Close' }),
        );

        if (lang === 'en') {
          await press(page.getByTestId('top-bar-menu'));
          await press(page.getByTestId('lang-switch'));
        }
      }
    });
  });
}

test.describe('kiosk touch screen', () => {
  test.use({ viewport: { width: 1280, height: 720 }, hasTouch: true });

  test('with a booth panel open every visible button can be tapped', async ({ page }) => {
    await page.goto('?kiosk');
    await expect(page.getByTestId('attract-cta')).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.loading')).toHaveCount(0, { timeout: 90_000 });
    await page.touchscreen.tap(40, 300);
    await expect(page.getByTestId('attract-cta')).toHaveCount(0);
    await page.evaluate(() => (window.location.hash = '#/booth/virtual-tv-host'));
    await expect(page.locator('.booth-panel')).toBeVisible();
    expect(await coveredButtons(page)).toEqual([]);
  });
});
