import { expect, test, type Locator, type Page } from '@playwright/test';
import { contentText } from './support.ts';
import { atLimitExhibition } from '../scripts/limits/atLimitExhibition.ts';

/**
 * Every text at its schema limit (a generated exhibition served as `?content=content/limits.json`): the
 * panel scrolls with ✕ and Previous/Next on screen, nothing runs out of its box sideways, and the
 * directory stays usable. The DOM is what is tested here, so the tests wait for it, not for the 3D text.
 */
test.describe.configure({ timeout: 120_000 });

const limits = atLimitExhibition(JSON.parse(contentText));
const BOOTH = limits.booths[4]!;

async function openLimits(page: Page, lang: 'zh' | 'en', hash = '') {
  await page.route('**/content/limits.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(limits) }),
  );
  await page.goto(`?lang=${lang}&content=content/limits.json${hash}`);
  // The loading card covers the hall until its first frame (the 3D text keeps streaming in after).
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 60_000 });
}

/** On screen, and the element a finger at its centre would hit. */
async function expectTappable(control: Locator) {
  await expect(control).toBeVisible();
  const box = (await control.boundingBox())!;
  const viewport = control.page().viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  // What a tap at its centre hits: the control itself (else, what covers it).
  const hit = await control.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return at !== null && (at === el || el.contains(at))
      ? 'the control'
      : (at?.outerHTML.slice(0, 120) ?? 'nothing');
  });
  expect(hit).toBe('the control');
}

async function expectNoSidewaysOverflow(box: Locator) {
  const { scrollWidth, clientWidth } = await box.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth + 1);
}

for (const lang of ['zh', 'en'] as const)
  test(`the booth panel and the directory hold at the length limits (${lang})`, async ({ page }) => {
    await openLimits(page, lang, `#/booth/${BOOTH.id}`);
    const panel = page.locator('.booth-panel');
    await expect(panel.locator('h2')).toHaveText(BOOTH.title[lang]);
    const close = panel.locator('.booth-panel__header button');
    const nav = panel.locator('.booth-panel__nav button');
    await expect(nav).toHaveCount(2);
    const body = panel.locator('.booth-panel__body');
    // The text scrolls inside the panel, which stays within the window.
    expect(await body.evaluate((el) => el.scrollHeight > el.clientHeight * 3)).toBe(true);
    await expectNoSidewaysOverflow(body);
    for (const control of [close, nav.first(), nav.last()]) await expectTappable(control);
    await body.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    for (const control of [close, nav.first(), nav.last()]) await expectTappable(control);
    const header = panel.locator('.booth-panel__header');
    expect((await header.boundingBox())!.height).toBeLessThan(120);

    await close.click();
    await expect(panel).toHaveCount(0);

    // The directory: its close button and search stay on screen, the entries wrap and scroll.
    await page.getByRole('button', { name: lang === 'zh' ? '展位目录' : 'Directory', exact: true }).click();
    const directory = page.locator('.directory');
    await expect(directory).toBeVisible();
    const list = directory.locator('.directory__list');
    expect(await list.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await expectNoSidewaysOverflow(list);
    await expectTappable(directory.locator('header button'));
    await expectTappable(directory.locator('input'));
    const entry = directory.locator('li button').first();
    expect((await entry.boundingBox())!.height).toBeLessThan(200);
    await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expectTappable(directory.locator('li button').last());
    await expectTappable(directory.locator('header button'));
    // The top bar keeps to one row.
    expect((await page.locator('.top-bar__title').boundingBox())!.height).toBeLessThan(40);
  });
