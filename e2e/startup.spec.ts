import { expect, test, type Route } from '@playwright/test';
import { content, contentText, curatorIssues } from './support.ts';

/**
 * Issue #11: the DOM is usable before the 3D. The hall's 3D chunk (three, fiber, the scene) is held back by
 * the test, so the hall is provably still being built while the visitor reads the title, opens the
 * directory and the text view and switches the language; once it is let through, the hall becomes ready.
 */

const TITLE = (JSON.parse(contentText) as { title: { zh: string; en: string } }).title;
const HALL_CHUNK = /\/assets\/HallCanvas-[\w-]+\.js$/;

test('title, directory, text view and language switch work while the 3D hall is still being built', async ({
  page,
}) => {
  let release: () => void = () => {};
  const released = new Promise<void>((done) => (release = done));
  let held = 0;
  await page.route(HALL_CHUNK, async (route: Route) => {
    held += 1;
    await released;
    await route.continue();
  });
  await page.goto('?lang=zh');
  const firstFrame = () => page.evaluate(() => performance.getEntriesByName('hall:first-frame').length);

  await expect(page.locator('.top-bar__title')).toHaveText(TITLE.zh);
  await expect(page.getByRole('status').first()).toBeVisible();
  expect(held).toBeGreaterThan(0);

  await page.getByRole('button', { name: '展位目录' }).click();
  await expect(page.locator('.directory li button')).toHaveCount(content.booths.length);
  await page.getByRole('searchbox').fill('小漾');
  await expect(page.locator('.directory li button')).toHaveCount(1);
  await page.getByRole('button', { name: '展位目录' }).click();

  await page.getByTestId('lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.top-bar__title')).toHaveText(TITLE.en);

  await page.getByRole('button', { name: 'Text view' }).click();
  await expect(page.getByTestId('text-view').locator('article')).toHaveCount(content.booths.length);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('text-view')).toHaveCount(0);

  // All of that happened before the hall drew anything.
  expect(await firstFrame()).toBe(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-hall-ready', 'true');

  release();
  await expect(page.locator('html')).toHaveAttribute('data-hall-ready', 'true', { timeout: 60_000 });
  expect(await firstFrame()).toBe(1);
  await expect(page.locator('.top-bar__title')).toHaveText(TITLE.en);
});

const APP_CHUNK = /\/assets\/start-[\w-]+\.js$/;

test('the loading card is on screen before any of the app has run, then the app takes over', async ({
  page,
}) => {
  // And nothing the app does once started breaks the page's Content-Security-Policy (zod's eval probe did).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  // The app's own modules are held back: what shows is index.html's card, painted by the browser alone.
  let release: () => void = () => {};
  const released = new Promise<void>((done) => (release = done));
  await page.route(APP_CHUNK, async (route: Route) => {
    await released;
    await route.continue();
  });
  await page.goto('?lang=en');
  const card = page.getByRole('status');
  await expect(card).toContainText('Shenzhen Metaverse Expo');
  await expect(card).toContainText('Loading exhibition content');
  await expect(card.getByRole('progressbar')).toBeVisible();
  // Reported once the browser has presented that frame.
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length))
    .toBe(1);
  await expect(page.locator('.top-bar__title')).toHaveCount(0);
  release();
  await expect(page.locator('.top-bar__title')).toHaveText(TITLE.en);
  await expect(page.locator('html')).toHaveAttribute('data-hall-ready', 'true', { timeout: 60_000 });
  const violations = await page.evaluate(
    () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
  );
  expect(violations).toEqual([]);
});

test('when the app itself cannot be downloaded, the visitor gets the error screen, not a stuck card', async ({
  page,
}) => {
  await page.route(APP_CHUNK, (route) => route.abort('connectionrefused'));
  await page.goto('?lang=en');
  const screen = page.getByTestId('error-screen');
  await expect(screen.getByRole('heading')).toHaveText(
    '展览暂时无法打开 · The exhibition cannot open right now',
  );
  await expect(screen.locator('code')).toContainText('src/app/start.tsx');
  await expect(page.getByRole('status')).toHaveCount(0);
  // Once the connection is back, "Try again" opens the hall.
  await page.unroute(APP_CHUNK);
  await screen.getByRole('button', { name: '重试 · Try again' }).click();
  await expect(page.locator('.top-bar__title')).toHaveText(TITLE.en);
});

const VALIDATION_WORKER = /\/assets\/validation\.worker-[\w-]+\.js$/;
const MAIN_THREAD_VALIDATION = /\/assets\/validateText-[\w-]+\.js$/;
const validatedIn = (page: import('@playwright/test').Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByName('hall:content-validated')
      .map((m) => (m as PerformanceMark).detail as { url: string; where: string }),
  );
const scriptsLoaded = (page: import('@playwright/test').Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));

test('the exhibition is parsed and validated in a worker; without one, on the page, with the same errors', async ({
  page,
}) => {
  await page.goto('?lang=en');
  await expect(page.locator('html')).toHaveAttribute('data-hall-ready', 'true', { timeout: 60_000 });
  expect(await validatedIn(page)).toEqual([{ url: 'content/exhibition.json', where: 'worker' }]);
  // The page itself never loads zod or the schemas.
  expect((await scriptsLoaded(page)).filter((url) => MAIN_THREAD_VALIDATION.test(url))).toEqual([]);

  // A worker script that cannot be fetched: the page validates the file itself, and still names the bad field.
  await page.route(VALIDATION_WORKER, (route) => route.abort('connectionrefused'));
  const broken = JSON.parse(contentText) as { booths: { title: { en?: string } }[] };
  delete broken.booths[4]!.title.en;
  await page.route('**/content/exhibition.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken) }),
  );
  await page.reload();
  await expect(page.getByTestId('error-screen')).toBeVisible();
  expect(await curatorIssues(page)).toEqual([
    expect.stringContaining('content/exhibition.json → booths[4].title.en'),
  ]);
  expect(await validatedIn(page)).toEqual([{ url: 'content/exhibition.json', where: 'main thread' }]);
  await page.unroute('**/content/exhibition.json');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-hall-ready', 'true', { timeout: 60_000 });
  expect(await validatedIn(page)).toEqual([{ url: 'content/exhibition.json', where: 'main thread' }]);
});
