import { expect, test, type Page } from '@playwright/test';
import { allUiStrings } from '../src/i18n/strings.ts';
import { disableWebGL, serveContent, contentText } from './support.ts';

/**
 * The DOM's text comes from the fonts the hall serves, never from a system font: every UI string, drawn in
 * regular and in bold, is covered by the `Hall Sans` subsets (and the few arrows by `Hall Symbols`), so the
 * `Hall Sans Fallback` face (the full font, for characters a swapped exhibition adds) is never even
 * fetched. DOM only: no test here waits for the 3D hall.
 */

interface Face {
  family: string;
  weight: string;
  status: string;
}

async function faces(page: Page): Promise<Face[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].map((f) => ({
      family: f.family.replace(/"/g, ''),
      weight: f.weight,
      status: f.status,
    }));
  });
}
const statusOf = (all: Face[], family: string, weight?: string) =>
  all.filter((f) => f.family === family && (!weight || f.weight === weight)).map((f) => f.status);

test('every UI string, in both weights, draws from the served subsets', async ({ page }) => {
  await disableWebGL(page);
  const fallbackRequests: string[] = [];
  page.on('request', (r) => r.url().includes('fallback-regular.woff') && fallbackRequests.push(r.url()));
  await page.goto('?lang=zh');
  await expect(page.getByTestId('text-view')).toBeVisible();
  await page.evaluate((strings) => {
    const sheet = document.createElement('div');
    sheet.id = 'all-ui-strings';
    for (const weight of [400, 700])
      for (const text of strings) {
        const p = document.createElement('p');
        p.style.fontWeight = String(weight);
        p.textContent = text;
        sheet.append(p);
      }
    document.body.append(sheet);
  }, allUiStrings());
  const all = await faces(page);
  expect(statusOf(all, 'Hall Sans', '400')).toEqual(['loaded']);
  expect(statusOf(all, 'Hall Sans', '700')).toEqual(['loaded']);
  expect(statusOf(all, 'Hall Sans Fallback')).toEqual(['unloaded']);
  expect(fallbackRequests).toEqual([]);
});

test('the curator details (file → path) use the served fonts too', async ({ page }) => {
  const broken = JSON.parse(contentText) as { booths: { title: { en?: string } }[] };
  delete broken.booths[3]!.title.en;
  await serveContent(page, JSON.stringify(broken));
  await page.goto('?lang=zh');
  const screen = page.getByTestId('error-screen');
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText('展览暂时无法打开');
  await expect(screen.locator('.error-screen__issues li').first()).toContainText('→');
  const all = await faces(page);
  expect(statusOf(all, 'Hall Sans', '700')).toEqual(['loaded']);
  expect(statusOf(all, 'Hall Symbols', '400')).toEqual(['loaded']);
  expect(statusOf(all, 'Hall Sans Fallback')).toEqual(['unloaded']);
});
