import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { content, contentText, openHall } from './support.ts';

/**
 * The offline kiosk: after one online visit the service worker has precached the hall (app, fonts, content
 * fallback, icons), so it reloads and deep-links with the network off; new content still shows at the next
 * online reload, and a page that stays open is never reloaded under a visitor.
 */

// Service workers are what these tests are about (should the config ever block them for other specs).
test.use({ serviceWorkers: 'allow' });

const TV_HOST = content.booths.find((b) => b.id === 'virtual-tv-host')!;
const EN = '?lang=en';

/** Every request of the context (pages and the service worker) that leaves 127.0.0.1 / localhost. */
function watchContextRequests(context: BrowserContext): string[] {
  const external: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (['data:', 'blob:'].includes(url.protocol)) return;
    if (!['127.0.0.1', 'localhost'].includes(url.hostname)) external.push(request.url());
  });
  return external;
}

/** Wait until the service worker is active and controls this page (a worker never claims the first page). */
async function waitForControl(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-hall-ready', 'true', { timeout: 60_000 });
  }
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
}

/** "cache-name path?query" for every cached request. */
function cachedRequests(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const url = new URL(request.url);
        out.push(`${name} ${url.pathname}${url.search.replace(/[?&]__WB_REVISION__=\w+/, '')}`);
      }
    }
    return out;
  });
}

test('after one online visit the hall reloads and deep-links with the network off', async ({
  page,
  context,
}) => {
  const external = watchContextRequests(context);
  await openHall(page, EN);
  await waitForControl(page);

  const cached = await cachedRequests(page);
  const precached = cached.filter((entry) => entry.startsWith('workbox-precache'));
  for (const file of [
    '/index.html',
    '/fonts/hall-regular.woff',
    '/fonts/hall-bold.woff',
    '/fonts/fallback-regular.woff',
    '/fonts/manifest.json',
    '/content/exhibition.json?sw-fallback=1',
    '/manifest.webmanifest',
    '/icons/icon-512.png',
  ])
    expect(
      precached.some((entry) => entry.endsWith(` ${file}`)),
      file,
    ).toBe(true);
  expect(
    cached.filter((entry) => /emulate-|_room-|PerfOverlay-|HallXR|dist-|xr-profiles/.test(entry)),
  ).toEqual([]);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-hall-ready', 'true', { timeout: 60_000 });
  await expect(page.locator('.top-bar__title')).not.toBeEmpty();

  // A fresh offline navigation straight to a booth's deep link.
  await page.goto('about:blank');
  await openHall(page, `${EN}#/booth/virtual-tv-host`);
  await expect(page.locator('.booth-panel h2')).toHaveText(TV_HOST.title.en);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  await context.setOffline(false);
  expect(external).toEqual([]);
});

test('the service worker precaches what the kiosk needs and nothing it does not', () => {
  test.skip(!existsSync('dist/sw.js'), 'dist/sw.js is missing: run `npm run build` first');
  const sw = readFileSync('dist/sw.js', 'utf8');
  const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1] as string);
  expect(urls).toContain('fonts/fallback-regular.woff');
  expect(urls).toContain('fonts/hall-regular.woff');
  expect(urls).toContain('content/exhibition.json?sw-fallback=1');
  expect(
    urls.filter((u) =>
      /emulate-|_room-|office_|PerfOverlay-|HallXR-|createHallXRStore-|dist-|xr-profiles/.test(u),
    ),
  ).toEqual([]);
  for (const url of urls) expect(existsSync(`dist/${url.split('?')[0]}`), url).toBe(true);
  // Content is network-first (short timeout) with the precached copy as the last resort.
  expect(sw).toMatch(
    /registerRoute\(\/\\\/content\\\/exhibition\\\.json[^)]*\)?,new \w+\.NetworkFirst\(\{[^}]*networkTimeoutSeconds:3/,
  );
  // A waiting worker never takes over by itself.
  expect(sw).not.toMatch(/self\.skipWaiting\(\)\s*[,;}]\s*\w*\.?clientsClaim/);
  expect(sw).not.toContain('clientsClaim()');
  // Nothing off-origin: the Workbox runtime is the local workbox-*.js file.
  expect(sw).not.toMatch(/https?:\/\//);
  expect(sw).toMatch(/define\(\["\.\/workbox-[\w-]+"\]/);
});

test('new content shows at the next online reload; an open page keeps running', async ({ page, context }) => {
  const external = watchContextRequests(context);
  await openHall(page, EN);
  await waitForControl(page);
  const original = await page.locator('.top-bar__title').innerText();
  await page.evaluate(() => ((window as unknown as { __stillHere: boolean }).__stillHere = true));

  // The server now has new content (routed for the whole context, so the service worker's fetch sees it).
  const changed = JSON.parse(contentText) as { title: { zh: string; en: string } };
  changed.title.en = 'Shenzhen Metaverse Expo · Spring Edition';
  await context.route('**/content/exhibition.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(changed) }),
  );

  const second = await context.newPage();
  await openHall(second, EN);
  await expect(second.locator('.top-bar__title')).toHaveText(changed.title.en);

  // The first page was not reloaded and still works with what it loaded.
  expect(await page.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere)).toBe(true);
  await expect(page.locator('.top-bar__title')).toHaveText(original);
  await page.evaluate(() => (window.location.hash = '#/booth/virtual-tv-host'));
  await expect(page.locator('.booth-panel h2')).toHaveText(TV_HOST.title.en);
  expect(await page.evaluate(() => document.documentElement.dataset.swUpdate)).toBeUndefined();

  // Offline, the last content seen online is what the kiosk shows.
  await context.unroute('**/content/exhibition.json');
  await context.setOffline(true);
  await second.reload();
  await expect(second.locator('html')).toHaveAttribute('data-hall-ready', 'true', { timeout: 60_000 });
  await expect(second.locator('.top-bar__title')).toHaveText(changed.title.en);
  await context.setOffline(false);
  expect(external).toEqual([]);
});
