import { expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';

export const content = JSON.parse(readFileSync('public/content/exhibition.json', 'utf8')) as {
  booths: {
    id: string;
    sector: string;
    title: { zh: string; en: string };
    organizations: { zh: string; en: string }[];
  }[];
};

/** Open the hall and wait for the named ready signal (never a sleep). */
export async function openHall(page: Page, path = '') {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-hall-ready', 'true', { timeout: 60_000 });
}

/**
 * Open the hall and wait for its first frame (the loading card gone), not for all its 3D text: for tests
 * that read only the DOM (panels, directory, bars, URL), which the hall shows from its first frame on.
 */
export async function openHallFirstFrame(page: Page, path = '') {
  await page.goto(path);
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 60_000 });
}

/** Record every request that leaves 127.0.0.1 / localhost. */
export function watchExternalRequests(page: Page): string[] {
  const external: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol))
      external.push(request.url());
  });
  return external;
}

/** How much a screenshot varies: distinct colour buckets and the luminance spread. Blank → ~1 bucket. */
export function imageVariety(png: Buffer): { buckets: number; spread: number } {
  const image = PNG.sync.read(png);
  const buckets = new Set<number>();
  let min = 255;
  let max = 0;
  for (let i = 0; i < image.data.length; i += 4 * 7) {
    const r = image.data[i] as number;
    const g = image.data[i + 1] as number;
    const b = image.data[i + 2] as number;
    buckets.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
    const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    min = Math.min(min, lum);
    max = Math.max(max, lum);
  }
  return { buckets: buckets.size, spread: max - min };
}

export async function pose(page: Page) {
  return page.evaluate(() => window.__hall!.pose());
}

/** The exhibition file exactly as the app serves it, for routes that break or reuse it. */
export const contentText = readFileSync('public/content/exhibition.json', 'utf8');

/** Serve `content/exhibition.json` from the test instead of the preview server. */
export async function serveContent(page: Page, body: string, status = 200) {
  await page.route('**/content/exhibition.json', (route) =>
    route.fulfill({ status, contentType: 'application/json', body }),
  );
}

/** The error screen's curator lines, once it is shown. */
export async function curatorIssues(page: Page): Promise<string[]> {
  const screen = page.getByTestId('error-screen');
  await expect(screen).toBeVisible();
  return screen.locator('.error-screen__issues li').allInnerTexts();
}

/** A page that shows something: never a white page. */
export async function expectVisibleText(page: Page) {
  const text = await page.evaluate(() => document.body.innerText.trim());
  expect(text.length).toBeGreaterThan(20);
}

/** Make this page's browser look like one without WebGL (before any script of the app runs). */
export async function disableWebGL(page: Page) {
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (type === 'webgl2' || type === 'webgl' || type === 'experimental-webgl') return null;
      return (getContext as (...args: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof getContext;
    delete (window as { OffscreenCanvas?: unknown }).OffscreenCanvas;
  });
}

/**
 * A finger on the screen through Chromium's input pipeline (CDP `Input.dispatchTouchEvent`): the page
 * gets touch events and pointer events with `pointerType: 'touch'`, scrolling and taps, as on a phone.
 */
export async function finger(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }],
    });
  let at = { x: 0, y: 0 };
  return {
    async down(x: number, y: number) {
      at = { x, y };
      await send('touchStart', x, y);
    },
    /** Move in a few steps, like a real drag (each step waits for the page: keep them few). */
    async move(x: number, y: number, steps = 4) {
      const from = at;
      for (let i = 1; i <= steps; i++)
        await send('touchMove', from.x + ((x - from.x) * i) / steps, from.y + ((y - from.y) * i) / steps);
      at = { x, y };
    },
    async up() {
      await send('touchEnd', at.x, at.y);
    },
  };
}

/** Audio packets received on this page's connected peer connections (the group tour's voice). */
export function audioPacketsReceived(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const peers = (await window.__voice?.stats()) ?? [];
    return peers.filter((p) => p.state === 'connected').reduce((n, p) => n + p.packetsReceived, 0);
  });
}
