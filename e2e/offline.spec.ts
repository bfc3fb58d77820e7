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
const TITLE = (JSON.parse(contentText) as { title: { en: string } }).title;
const EN = '?lang=en';
/** The build the preview server serves (E2E_DIST when testing another output folder). */
const DIST = process.env.E2E_DIST ?? 'dist';

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

/** Wait until the service worker has installed (precached everything) and is active. */
async function waitForActiveWorker(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none'),
      { timeout: 45_000, message: 'the service worker never activated (a failed precache request?)' },
    )
    .toBe('activated');
}

/** Reload and wait for the hall (a worker never claims the page that registered it: a load puts it in control). */
async function reloadHall(page: Page) {
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-hall-ready', 'true', { timeout: 60_000 });
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
  await page.evaluate(() => (window.location.hash = '#/booth/virtual-tv-host'));
  await expect(page.locator('.booth-panel h2')).toHaveText(TV_HOST.title.en);
  await waitForActiveWorker(page);

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

  // Network off, then a fresh load of the booth's deep link (the URL now ends in #/booth/virtual-tv-host).
  await context.setOffline(true);
  await reloadHall(page);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  await expect(page.locator('.booth-panel h2')).toHaveText(TV_HOST.title.en);
  await expect(page.locator('.top-bar__title')).toHaveText(TITLE.en);
  await context.setOffline(false);
  expect(external).toEqual([]);
});

test('the service worker precaches what the kiosk needs and nothing it does not', () => {
  test.skip(!existsSync(`${DIST}/sw.js`), `${DIST}/sw.js is missing: run \`npm run build\` first`);
  const sw = readFileSync(`${DIST}/sw.js`, 'utf8');
  const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1] as string);
  expect(urls).toContain('fonts/fallback-regular.woff');
  expect(urls).toContain('fonts/hall-regular.woff');
  expect(urls).toContain('content/exhibition.json?sw-fallback=1');
  const unneeded = /emulate-|_room-|office_|PerfOverlay-|HallXR-|createHallXRStore-|dist-|xr-profiles/;
  expect(urls.filter((url) => unneeded.test(url))).toEqual([]);
  for (const url of urls) expect(existsSync(`${DIST}/${url.split('?')[0]}`), url).toBe(true);
  // Content is network-first with a 3 s timeout, the precached copy as the last resort.
  const contentRoute = sw.slice(sw.indexOf('registerRoute(/\\/content\\/exhibition'));
  expect(contentRoute).toMatch(/^[^;]*?NetworkFirst\(\{[^}]*networkTimeoutSeconds:3/);
  expect(contentRoute).toMatch(
    /^[^;]*?PrecacheFallbackPlugin\(\{fallbackURL:"content\/exhibition\.json\?sw-fallback=1"/,
  );
  // A new worker waits (skipWaiting only on the page's request), and never claims open pages.
  expect(sw).toContain('"SKIP_WAITING"===e.data.type&&self.skipWaiting()');
  expect(sw.match(/skipWaiting\(\)/g)).toHaveLength(1);
  expect(sw).not.toContain('clientsClaim');
  // Nothing off-origin: the Workbox runtime is the local workbox-*.js next to sw.js.
  expect(sw).not.toMatch(/https?:\/\//);
  expect(sw).toMatch(/define\(\["\.\/workbox-[\w-]+"\]/);
});

test('new content shows at the next online reload; an open page keeps running', async ({ page, context }) => {
  const external = watchContextRequests(context);
  await openHall(page, EN);
  await waitForActiveWorker(page);
  await page.evaluate(() => ((window as { stillHere?: boolean } & Window).stillHere = true));

  // The server now has new content (routed for the whole context, so the service worker's fetch sees it).
  const changed = JSON.parse(contentText) as { title: { zh: string; en: string } };
  changed.title.en = 'Shenzhen Metaverse Expo · Spring Edition';
  await context.route('**/content/exhibition.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(changed) }),
  );
  const next = await context.newPage();
  await openHall(next, EN);
  await expect(next.locator('.top-bar__title')).toHaveText(changed.title.en);

  // The open page was not reloaded and still works with what it loaded.
  expect(await page.evaluate(() => (window as { stillHere?: boolean } & Window).stillHere)).toBe(true);
  await expect(page.locator('.top-bar__title')).toHaveText(TITLE.en);
  await page.evaluate(() => (window.location.hash = '#/booth/virtual-tv-host'));
  await expect(page.locator('.booth-panel h2')).toHaveText(TV_HOST.title.en);

  // Offline, the kiosk shows the last content it saw online.
  await context.unroute('**/content/exhibition.json');
  await context.setOffline(true);
  await reloadHall(next);
  await expect(next.locator('.top-bar__title')).toHaveText(changed.title.en);
  await context.setOffline(false);
  expect(external).toEqual([]);
});

test('a new version waits while the kiosk runs and starts at the next load', async ({ page, context }) => {
  test.skip(!existsSync(`${DIST}/sw.js`), `${DIST}/sw.js is missing: run \`npm run build\` first`);
  const logs: string[] = [];
  page.on('console', (message) => logs.push(message.text()));
  let loads = 0;
  page.on('load', () => loads++);
  await openHall(page, EN);
  await waitForActiveWorker(page);
  await reloadHall(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  await page.evaluate(() => ((window as { stillHere?: boolean } & Window).stillHere = true));

  // A new build is deployed: sw.js differs by a byte, so the browser installs it next to the running one.
  const sw = readFileSync(`${DIST}/sw.js`, 'utf8');
  await context.route('**/sw.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: `${sw}\n// next build\n` }),
  );
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect(page.locator('html')).toHaveAttribute('data-sw-update', 'waiting', { timeout: 30_000 });
  const state = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return {
      waiting: registration?.waiting?.state,
      stillControlledByOld: navigator.serviceWorker.controller === registration?.active,
      stillHere: (window as { stillHere?: boolean } & Window).stillHere,
    };
  });
  expect(state).toEqual({ waiting: 'installed', stillControlledByOld: true, stillHere: true });
  await page.evaluate(() => (window.location.hash = '#/booth/virtual-tv-host'));
  await expect(page.locator('.booth-panel h2')).toHaveText(TV_HOST.title.en);

  // The next load (an operator's reload) starts the new version: one extra reload, then no worker waits.
  const before = loads;
  await page.reload();
  await expect.poll(() => loads, { timeout: 30_000 }).toBe(before + 2);
  await expect(page.locator('html')).toHaveAttribute('data-hall-ready', 'true', { timeout: 60_000 });
  expect(logs.some((line) => line.includes('starting the new version'))).toBe(true);
  const after = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return { waiting: registration?.waiting ?? null, controlled: navigator.serviceWorker.controller?.state };
  });
  expect(after).toEqual({ waiting: null, controlled: 'activated' });
  expect(loads).toBe(before + 2);
});
