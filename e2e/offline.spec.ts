import { expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { mergeHeaders } from '../scripts/lan/csp.ts';
import { cacheControl, contentType, createStaticHandler, urlToPath } from '../scripts/lan/static.ts';
import { content, contentText, disableWebGL, openHall } from './support.ts';

/**
 * The offline kiosk: after one online visit the service worker has precached the hall (app, fonts, content
 * fallback, icons), so it reloads and deep-links with the network off; new content still shows at the next
 * online reload, and a page that stays open is never reloaded under a visitor.
 */

type DistServer = Awaited<ReturnType<typeof serveDist>>;

/** Every test here loads the build from the project's own static server (serveDist), as `npm start` does. */
const test = base.extend<object, { dist: DistServer }>({
  dist: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this
    async ({}, provide) => {
      const server = await serveDist();
      await provide(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ dist }, provide) => provide(dist.url),
});

// Service workers are what these tests are about (should the config ever block them for other specs).
test.use({ serviceWorkers: 'allow' });

const TV_HOST = content.booths.find((b) => b.id === 'virtual-tv-host')!;
const TITLE = (JSON.parse(contentText) as { title: { en: string } }).title;
const EN = '?lang=en';
/** The build served (E2E_DIST when testing another output folder). */
const DIST = resolve(process.env.E2E_DIST ?? 'dist');

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
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          if (registration?.active) return registration.active.state;
          return `none (${registration ? 'installing' : 'not registered'}, ${document.documentElement.dataset.swRegister ?? 'waiting for the hall'})`;
        }),
      // The worker installs only once the hall is ready (issue #11): its whole precache comes after that.
      { timeout: 90_000, message: 'the service worker never activated (a failed precache request?)' },
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

/**
 * The build on 127.0.0.1 served the way `npm start` and `serve:lan` serve it (scripts/lan/static.ts: gzip,
 * ETags, cache headers, the security headers), with one hook: a suffix for sw.js, as a new deployment
 * would change it. While a suffix is set, the hook answers /sw.js itself (the file plus the suffix, with
 * the handler's type and cache headers); everything else goes to the project's handler.
 */
async function serveDist() {
  const state = { swSuffix: '' };
  const headers = mergeHeaders();
  const files = createStaticHandler(DIST, headers);
  const server = createServer((request, response) => {
    if (!state.swSuffix || urlToPath(request.url ?? '/') !== '/sw.js') return files(request, response);
    const body = readFileSync(join(DIST, 'sw.js'), 'utf8') + state.swSuffix;
    response.writeHead(200, {
      ...headers,
      'Content-Type': contentType('sw.js'),
      'Cache-Control': cacheControl('/sw.js'),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    set swSuffix(suffix: string) {
      state.swSuffix = suffix;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

test('after one online visit the hall reloads and deep-links with the network off', async ({
  page,
  context,
}) => {
  // Two full loads of the 3D hall in SwiftShader: room for a busy two-core machine.
  test.setTimeout(210_000);
  const external = watchContextRequests(context);
  // Issue #11: on a first visit nothing of the service worker's (sw.js, its precache) is requested before
  // the hall is ready, and it registers only after the ready signal.
  const workerRequests: { at: number; url: string }[] = [];
  context.on('request', (request) => {
    if (request.serviceWorker() || /\/sw\.js$|\/workbox-[\w-]+\.js$/.test(request.url()))
      workerRequests.push({ at: Date.now(), url: request.url() });
  });
  const entry = page.waitForResponse((response) => /\/assets\/index-[\w-]+\.js$/.test(response.url()));
  await openHall(page, EN);
  // Served as `npm start` serves it: the hashed app gzipped and cached for good, with the security headers.
  const served = (await entry).headers();
  expect([served['content-encoding'], served['cache-control']]).toEqual([
    'gzip',
    'public, max-age=31536000, immutable',
  ]);
  expect(served['content-security-policy']).toContain("default-src 'self'");
  await page.evaluate(() => (window.location.hash = '#/booth/virtual-tv-host'));
  await expect(page.locator('.booth-panel h2')).toHaveText(TV_HOST.title.en);
  await waitForActiveWorker(page);
  const order = await page.evaluate(() => ({
    readyAt: performance.timeOrigin + (performance.getEntriesByName('hall:ready')[0]?.startTime ?? NaN),
    ready: performance.getEntriesByName('hall:ready')[0]?.startTime ?? NaN,
    register: performance.getEntriesByName('hall:sw-register')[0]?.startTime ?? NaN,
    how: document.documentElement.dataset.swRegister,
  }));
  expect(order.how).toBe('after-ready');
  expect(order.register).toBeGreaterThan(order.ready);
  expect(workerRequests.length).toBeGreaterThan(0);
  expect(workerRequests.filter((r) => r.at < order.readyAt).map((r) => r.url)).toEqual([]);

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
  // The content worker's script came from the precache too: offline, the file is still checked off the page.
  expect(
    await page.evaluate(() =>
      performance.getEntriesByName('hall:content-validated').map((m) => (m as PerformanceMark).detail.where),
    ),
  ).toEqual(['worker']);
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
  // (The minifier picks the message variable's name, so any identifier is accepted.)
  expect(sw).toMatch(/"SKIP_WAITING"===[\w$]+\.data\.type&&self\.skipWaiting\(\)/);
  expect(sw.match(/skipWaiting\(\)/g)).toHaveLength(1);
  expect(sw).not.toContain('clientsClaim');
  // Nothing off-origin: the Workbox runtime is the local workbox-*.js next to sw.js.
  expect(sw).not.toMatch(/https?:\/\//);
  expect(sw).toMatch(/define\(\["\.\/workbox-[\w-]+"\]/);
});

test('new content shows at the next online reload; an open page keeps running', async ({ page, context }) => {
  // The 3D hall is not what this test is about: without WebGL the app shows the exhibition as text (fast).
  await disableWebGL(page);
  const external = watchContextRequests(context);
  await page.goto(EN);
  await expect(page.locator('#text-view-title')).toHaveText(TITLE.en);
  await waitForActiveWorker(page);
  await page.evaluate(() => ((window as { stillHere?: boolean } & Window).stillHere = true));

  // The server now has new content. Routed for the whole context: a page controlled by the service worker
  // fetches through it, and page.route() does not see the worker's own requests.
  const changed = JSON.parse(contentText) as { title: { zh: string; en: string } };
  changed.title.en = 'Shenzhen Metaverse Expo · Spring Edition';
  await context.route('**/content/exhibition.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(changed) }),
  );
  const next = await context.newPage();
  await disableWebGL(next);
  await next.goto(EN);
  expect(await next.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await expect(next.locator('#text-view-title')).toHaveText(changed.title.en);

  // The open page was not reloaded and keeps what it loaded.
  expect(await page.evaluate(() => (window as { stillHere?: boolean } & Window).stillHere)).toBe(true);
  await expect(page.locator('#text-view-title')).toHaveText(TITLE.en);

  // Offline, the kiosk shows the last content it saw online.
  await context.unroute('**/content/exhibition.json');
  await context.setOffline(true);
  await next.reload();
  await expect(next.locator('#text-view-title')).toHaveText(changed.title.en);
  await context.setOffline(false);
  expect(external).toEqual([]);
});

test('a kiosk keeps its last good exhibition when a broken one is deployed, online and offline', async ({
  page,
  context,
}) => {
  await disableWebGL(page);
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const KIOSK = '?kiosk&lang=en';
  const title = page.locator('#text-view-title');
  const notice = page.getByTestId('refused-update-notice');
  // A good visit, then a load under the service worker (its network-first cache now has the good copy).
  await page.goto(KIOSK);
  await expect(title).toHaveText(TITLE.en);
  await waitForActiveWorker(page);
  await page.reload();
  await expect(title).toHaveText(TITLE.en);
  await expect(notice).toHaveCount(0);

  // A broken exhibition.json is deployed (routed for the context: the worker's fetches see it too).
  const broken = JSON.parse(contentText) as { title: { en: string }; booths: { title: { en?: string } }[] };
  broken.title.en = 'Broken update';
  delete broken.booths[3]!.title.en;
  await context.route('**/content/exhibition.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }),
  );
  await page.reload();
  await expect(title).toHaveText(TITLE.en);
  await expect(notice).toBeVisible();
  await expect(page.getByTestId('error-screen')).toHaveCount(0);
  expect(errors.some((line) => line.includes('content/exhibition.json → booths[3].title.en'))).toBe(true);
  // The worker's cache took the broken copy: it is the app that keeps the good one.
  const cachedTitle = await page.evaluate(async () => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys())
        if (
          new URL(request.url).pathname.endsWith('/content/exhibition.json') &&
          !request.url.includes('sw-fallback')
        )
          return ((await (await cache.match(request))!.json()) as { title: { en: string } }).title.en;
    }
    return null;
  });
  expect(cachedTitle).toBe('Broken update');

  // Offline, with the broken copy in the worker's cache: still the good hall and the notice.
  await context.unroute('**/content/exhibition.json');
  await context.setOffline(true);
  await page.reload();
  await expect(title).toHaveText(TITLE.en);
  await expect(notice).toBeVisible();
  // Nothing of the good exhibition is missing (the broken file lacked this booth's English title).
  await expect(page.getByTestId('text-view')).toContainText(content.booths[3]!.title.en);

  // Nothing lost: once the server has a good file again, it shows and the notice goes.
  await context.setOffline(false);
  await page.reload();
  await expect(title).toHaveText(TITLE.en);
  await expect(notice).toHaveCount(0);
});

test('a new version waits while the kiosk runs and starts at the next load', async ({ page, dist }) => {
  test.skip(!existsSync(`${DIST}/sw.js`), `${DIST}/sw.js is missing: run \`npm run build\` first`);
  // The static server's hook "deploys" a new sw.js (Playwright's routing does not see the browser's update
  // check of the worker script).
  try {
    await disableWebGL(page);
    const logs: string[] = [];
    page.on('console', (message) => logs.push(message.text()));
    let loads = 0;
    page.on('load', () => loads++);
    const title = page.locator('#text-view-title');
    await page.goto(EN);
    await expect(title).toHaveText(TITLE.en);
    await waitForActiveWorker(page);
    await page.reload();
    await expect(title).toHaveText(TITLE.en);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    await page.evaluate(() => ((window as { stillHere?: boolean } & Window).stillHere = true));

    // A new build is deployed: sw.js differs, so the browser installs it beside the running one.
    dist.swSuffix = '\n// next build\n';
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.locator('html')).toHaveAttribute('data-sw-update', 'waiting', { timeout: 30_000 });
    const running = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        waiting: registration?.waiting?.state,
        stillControlledByOld: navigator.serviceWorker.controller === registration?.active,
        stillHere: (window as { stillHere?: boolean } & Window).stillHere,
      };
    });
    expect(running).toEqual({ waiting: 'installed', stillControlledByOld: true, stillHere: true });

    // A reload alone does not start it: the browser keeps the old worker while a page overlaps the reload.
    // (Shown with the page's start-up activation held back by its reload-loop guard.)
    await page.evaluate(() => sessionStorage.setItem('hall:sw-activated-at', String(Date.now())));
    await page.reload();
    await expect(title).toHaveText(TITLE.en);
    await expect(page.locator('html')).toHaveAttribute('data-sw-update', 'waiting');
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state),
    ).toBe('installed');
    await page.evaluate(() => sessionStorage.removeItem('hall:sw-activated-at'));

    // The next load (an operator's reload) starts the new version: one extra reload, then nothing waits.
    const before = loads;
    await page.reload();
    await expect.poll(() => loads, { timeout: 30_000 }).toBe(before + 2);
    await expect(title).toHaveText(TITLE.en);
    expect(logs.some((line) => line.includes('starting the new version'))).toBe(true);
    const after = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        waiting: registration?.waiting ?? null,
        controlled: navigator.serviceWorker.controller?.state,
      };
    });
    expect(after).toEqual({ waiting: null, controlled: 'activated' });
    expect(loads).toBe(before + 2);
  } finally {
    dist.swSuffix = '';
  }
});
