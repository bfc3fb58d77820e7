import { expect, test, type Page } from '@playwright/test';
import { contentText, disableWebGL } from './support.ts';

/**
 * The exhibition without the 3D view: the text view is plain, structured HTML (headings, lists,
 * landmarks), the overlay works from the keyboard, and a browser without WebGL gets the text view.
 * These tests only need the DOM: none waits for the 3D text to be typeset.
 */

type L = { zh: string; en: string };
const data = JSON.parse(contentText) as {
  title: L;
  sectors: { id: string; name: L }[];
  booths: { id: string; sector: string; title: L; organizations: L[] }[];
};
const HISENSE = data.booths.filter((b) => b.organizations.some((o) => o.en.includes('Hisense')));

/**
 * Structure of the text view: one h1, entrance + one h2 per sector, one article per booth named by its
 * h3, lists for figures and the entrance's chain, timeline and measures. Read in one pass: the hall may
 * be loading behind the view and every round trip to a busy page is slow.
 */
async function expectWholeExhibition(page: Page, lang: 'zh' | 'en') {
  const view = page.getByTestId('text-view');
  await expect(view).toBeVisible();
  await expect(page.getByRole('main', { name: data.title[lang] })).toBeVisible();
  const outline = await view.evaluate((main) => {
    const text = (el: Element | null) => el?.textContent?.trim() ?? null;
    const labelOf = (el: Element) => document.getElementById(el.getAttribute('aria-labelledby') ?? '');
    return {
      h1: [...main.querySelectorAll('h1')].map(text),
      h2: [...main.querySelectorAll('h2')].map(text),
      sections: [...main.querySelectorAll(':scope > section')].map((section) => ({
        name: text(labelOf(section)),
        booths: [...section.querySelectorAll('article')].map((article) => ({
          name: text(labelOf(article)),
          nameTag: labelOf(article)?.tagName,
          h3: article.querySelectorAll('h3').length,
          hasList: article.querySelectorAll('ul > li').length > 0,
        })),
      })),
      entranceLists: main.querySelectorAll(':scope > section:first-of-type ol > li').length,
      entranceTerms: main.querySelectorAll(':scope > section:first-of-type dl dt').length,
    };
  });
  expect(outline.h1).toEqual([data.title[lang]]);
  const entrance = lang === 'en' ? 'Entrance' : '入口';
  expect(outline.h2).toEqual([entrance, ...data.sectors.map((s) => s.name[lang])]);
  expect(outline.sections).toEqual([
    { name: entrance, booths: [] },
    ...data.sectors.map((sector) => ({
      name: sector.name[lang],
      booths: data.booths
        .filter((b) => b.sector === sector.id)
        .map((b) => ({ name: b.title[lang], nameTag: 'H3', h3: 1, hasList: true })),
    })),
  ]);
  expect(outline.entranceLists).toBeGreaterThan(10);
  expect(outline.entranceTerms).toBeGreaterThan(6);
  await expect(view.locator('article')).toHaveCount(19);
}

test('#/text and the Text view button show the whole exhibition as structured text', async ({ page }) => {
  await page.goto('?lang=en#/text');
  await expectWholeExhibition(page, 'en');

  await page.getByRole('button', { name: 'Back to the hall' }).click();
  await expect(page.getByTestId('text-view')).toHaveCount(0);
  await expect(page).toHaveURL(/#\/$/);

  await page.getByRole('button', { name: 'Text view' }).click();
  await expect(page).toHaveURL(/#\/text$/);
  await expect(page.getByTestId('text-view').locator('article')).toHaveCount(19);
  await expect(page.getByTestId('text-view').locator('h1')).toHaveText(data.title.en);
});

test('keyboard: Tab reaches the top bar, Enter opens the directory, typing filters, Escape closes the booth', async ({
  page,
}) => {
  await page.goto('?lang=en');
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 60_000 });

  const directory = page.getByRole('button', { name: 'Directory' });
  for (let i = 0; i < 6 && !(await directory.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(directory).toBeFocused();
  await expect(directory).toHaveCSS('outline-style', 'solid'); // a visible focus ring
  // Then the bar's other buttons, in order (on a wide screen the phone's "More" menu is not there).
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Tour', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Text view' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(directory).toBeFocused();

  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Directory' });
  await expect(dialog).toBeVisible();
  await expect(directory).toHaveAttribute('aria-expanded', 'true');
  const entries = dialog.locator('li button');
  await expect(entries).toHaveCount(19);
  const search = dialog.getByRole('searchbox');
  await expect(search).toBeFocused();
  await page.keyboard.type('Hisense');
  await expect(dialog.locator('.directory__title')).toHaveText(HISENSE.map((b) => b.title.en));
  await page.keyboard.type(' pancake');
  await expect(entries).toHaveCount(1);

  await page.keyboard.press('Tab');
  await expect(entries.first()).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = page.locator('.booth-panel');
  await expect(panel.locator('h2')).toHaveText(HISENSE.at(-1)!.title.en);
  await expect(panel.locator('h2')).toBeFocused(); // a screen reader starts at the booth's title
  await expect(dialog).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page).toHaveURL(/#\/$/);
});

test('without WebGL the visitor gets a note and the whole exhibition as text', async ({ page }) => {
  await disableWebGL(page);
  await page.goto('?lang=en');
  const note = page.getByTestId('no-webgl');
  await expect(note).toBeVisible();
  await expect(note).toHaveRole('note');
  await expect(note).toContainText('WebGL');
  await expect(note).toContainText('text');
  await expectWholeExhibition(page, 'en');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('canvas')).toHaveCount(0);
  await expect(page.getByTestId('error-screen')).toHaveCount(0);

  // The visitor can scroll down to the last booth.
  const last = page.getByRole('heading', { name: data.booths.at(-1)!.title.en, exact: true });
  await expect(last).not.toBeInViewport();
  await page.mouse.move(400, 300);
  // Scroll a screenful at a time until the heading is on screen (a bigger step can overshoot it: the last
  // booth's text is taller than the window, so at the very bottom its heading is above the view).
  await expect
    .poll(
      async () => {
        const seen = await last.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.bottom > 0 && r.top < window.innerHeight;
        });
        if (!seen) await page.mouse.wheel(0, 400);
        return seen;
      },
      { timeout: 20_000, intervals: [100] },
    )
    .toBe(true);
});

test('without WebGL the note and text view follow the browser language (Chinese)', async ({ page }) => {
  await disableWebGL(page);
  await page.goto('');
  await expect(page.getByTestId('no-webgl')).toContainText('WebGL');
  await expect(page.getByTestId('no-webgl')).toContainText('文字版');
  await expectWholeExhibition(page, 'zh');
});

// Escape closes whichever overlay is open (directory, text view), not only the booth panel.
test('Escape closes the directory and the text view', async ({ page }) => {
  await page.goto('?lang=en');
  await page.getByRole('button', { name: 'Directory' }).click();
  const dialog = page.getByRole('dialog', { name: 'Directory' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await page.getByRole('button', { name: 'Text view' }).click();
  await expect(page.getByTestId('text-view')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('text-view')).toHaveCount(0);
  await expect(page).toHaveURL(/#\/$/);
});

// While the text view is open the hall's controls behind it are inert: focus stays on what is visible.
test('in the text view, keyboard focus never lands on a control hidden behind it', async ({ page }) => {
  await page.goto('?lang=en#/text');
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByTestId('text-view')).toBeVisible();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    const onTop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      if (el === document.body) return true;
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return hit !== null && (hit === el || el.contains(hit));
    });
    expect(onTop, `Tab stop ${i + 1} is visible`).toBe(true);
  }
});

test('opening the text view from a booth shows #/text; closing it returns to the booth', async ({ page }) => {
  await page.goto('?lang=en#/booth/virtual-tv-host');
  await expect(page.locator('.booth-panel')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Text view' }).click();
  await expect(page.getByTestId('text-view')).toBeVisible();
  await expect(page).toHaveURL(/#\/text$/);
  await page.goBack();
  await expect(page.getByTestId('text-view')).toHaveCount(0);
  await expect(page).toHaveURL(/#\/booth\/virtual-tv-host$/);
  await expect(page.locator('.booth-panel')).toBeVisible();
  await page.getByRole('button', { name: 'Text view' }).click();
  await page.getByRole('button', { name: 'Back to the hall' }).click();
  await expect(page).toHaveURL(/#\/booth\/virtual-tv-host$/);
});

test('the text view buttons sit in a bar of their own: scrolled text goes under it, never beside them', async ({
  page,
}) => {
  for (const size of [
    { width: 800, height: 500 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await page.goto('?lang=en#/text');
    const view = page.getByTestId('text-view');
    await expect(view.locator('article')).toHaveCount(19);
    const bar = page.locator('.text-view__actions');
    await view.evaluate((el) => el.scrollTo(0, 0)); // the same URL again keeps the scroll position
    // At the top the title starts below the bar.
    const [barBox, titleBox] = [await bar.boundingBox(), await view.locator('h1').boundingBox()];
    expect(titleBox!.y).toBeGreaterThanOrEqual(barBox!.y + barBox!.height - 1);
    for (const at of [0.3, 0.7]) {
      await view.evaluate((el, f) => el.scrollTo(0, el.scrollHeight * f), at);
      const textInBar = await page.evaluate(() => {
        const actions = document.querySelector('.text-view__actions')!;
        const r = actions.getBoundingClientRect();
        const v = document.querySelector('.text-view')!.getBoundingClientRect();
        const hits: string[] = [];
        for (let x = v.left + 4; x < v.right - 4; x += 16)
          for (const y of [r.top + 2, r.top + r.height / 2, r.bottom - 2]) {
            const hit = document.elementFromPoint(x, y);
            if (!hit || !actions.contains(hit))
              hits.push(`${hit?.tagName} at ${Math.round(x)},${Math.round(y)}`);
          }
        return hits;
      });
      expect(textInBar, `${size.width}×${size.height}, scrolled to ${at}`).toEqual([]);
      expect(await bar.evaluate((el) => getComputedStyle(el).backgroundColor)).toMatch(/^rgb\(/);
    }
  }
});
