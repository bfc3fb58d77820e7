/**
 * A first visit seen from inside the page and from the network: main-thread long tasks (a
 * PerformanceObserver installed before any of the page's scripts) from navigation until all text is ready,
 * and the gzip bytes the page and its service worker transfer, before the first hall frame and in all.
 */
import type { Browser, Request } from '@playwright/test';
import { VIEWPORT } from '../config.ts';
import { openHall } from '../hall.ts';
import { beforePageScripts, inPage } from '../../page/inPage.ts';
import { hallMarks } from '../../page/hallProbes.ts';
import { longTaskStats, type LongTaskStats } from './longTasks.ts';

export interface Transfer {
  /** Bytes on the wire (gzip where the server compressed), requests started before the first hall frame. */
  beforeFirstFrame: number;
  /** The same, per kind of file (js, font, content, css, other). */
  beforeFirstFrameByKind: Record<string, number>;
  total: number;
  requests: number;
}

export interface FirstVisitProbe {
  marks: Record<string, number>;
  /** First contentful paint (the loading screen), ms after navigation. */
  fcpMs: number | null;
  longTasks: LongTaskStats;
  page: Transfer;
  serviceWorker: Transfer;
  /** When the service worker was registered, ms after navigation (null: never, e.g. the floor). */
  serviceWorkerRegisteredMs: number | null;
}

declare global {
  interface Window {
    __longTasks?: { start: number; duration: number }[];
  }
}

function observeLongTasks(): void {
  const tasks: { start: number; duration: number }[] = [];
  window.__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

function pageFigures() {
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    timeOrigin: performance.timeOrigin,
    fcp: paint ? paint.startTime : null,
    tasks: window.__longTasks ?? [],
  };
}

async function serviceWorkerState(): Promise<string> {
  const registration = await navigator.serviceWorker.getRegistration();
  return registration?.active?.state ?? (registration ? 'installing' : 'none');
}

function kindOfUrl(url: string): string {
  const path = new URL(url).pathname;
  if (path.endsWith('.js')) return 'js';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (path.includes('/content/') || path.startsWith('/fonts/'))
    return path.endsWith('.json') ? 'content' : 'other';
  if (path.endsWith('.css')) return 'css';
  return 'other';
}

/** Resolves `work`, or `fallback` after `ms` (a request cut off when the context closes never answers). */
const within = <T>(work: Promise<T>, fallback: T, ms = 10_000) =>
  Promise.race([work, new Promise<T>((done) => setTimeout(() => done(fallback), ms))]).catch(() => fallback);

/** Bytes on the wire: the Content-Length the gzip server sends, else the body's length. */
const bytesOf = (request: Request): Promise<number> =>
  within(
    (async () => {
      const response = await request.response();
      if (!response) return 0;
      const length = Number((await response.headerValue('content-length')) ?? NaN);
      return Number.isFinite(length) ? length : (await response.body()).length;
    })(),
    0,
  );

export async function probeFirstVisit(
  browser: Browser,
  url: string,
  options: { serviceWorker: boolean; swTimeoutMs?: number },
  log: (message: string) => void = () => {},
): Promise<FirstVisitProbe> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', serviceWorkers: 'allow' });
  await beforePageScripts(context, observeLongTasks);
  const requests: { at: number; fromWorker: boolean; kind: string; bytes: Promise<number> }[] = [];
  context.on('request', (request) =>
    requests.push({
      at: Date.now(),
      fromWorker: request.serviceWorker() !== null,
      kind: kindOfUrl(request.url()),
      bytes: bytesOf(request),
    }),
  );
  try {
    const page = await context.newPage();
    await openHall(page, url);
    log('ready; waiting for the service worker');
    let marks = await inPage(page, hallMarks);
    const figures = await inPage(page, pageFigures);
    if (options.serviceWorker) {
      const deadline = Date.now() + (options.swTimeoutMs ?? 90_000);
      while ((await inPage(page, serviceWorkerState)) !== 'activated' && Date.now() < deadline)
        await page.waitForTimeout(500);
    }
    log('service worker done; adding up the bytes');
    marks = await inPage(page, hallMarks); // now with 'hall:sw-register'
    // Let the last responses finish.
    await page.waitForTimeout(1_000);
    const firstFrameWall = figures.timeOrigin + (marks['hall:first-frame'] ?? Infinity);
    const sum = async (fromWorker: boolean): Promise<Transfer> => {
      const mine = requests.filter((r) => r.fromWorker === fromWorker);
      const sizes = await Promise.all(mine.map((r) => r.bytes));
      const byKind: Record<string, number> = {};
      mine.forEach((r, i) => {
        if (r.at < firstFrameWall) byKind[r.kind] = (byKind[r.kind] ?? 0) + (sizes[i] ?? 0);
      });
      return {
        beforeFirstFrameByKind: byKind,
        beforeFirstFrame: sizes.reduce(
          (s, b, i) => s + ((mine[i]?.at ?? Infinity) < firstFrameWall ? b : 0),
          0,
        ),
        total: sizes.reduce((s, b) => s + b, 0),
        requests: mine.length,
      };
    };
    const register = marks['hall:sw-register'];
    return {
      marks,
      fcpMs: figures.fcp,
      longTasks: longTaskStats(
        figures.tasks,
        marks['hall:ready'] ?? marks['hall:text-ready'] ?? Infinity,
        figures.fcp ?? 0,
      ),
      page: await sum(false),
      serviceWorker: await sum(true),
      serviceWorkerRegisteredMs: register ?? null,
    };
  } finally {
    await context.close();
  }
}
