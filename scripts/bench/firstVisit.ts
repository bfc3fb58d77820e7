/**
 * A visitor's first load (empty cache, no `?perf`, so the perf chunk is not fetched): what is downloaded,
 * which JavaScript is requested before the first hall frame, the load marks, the heap once the hall is
 * ready, and the draw calls of the resting entrance view as a control for the `?perf` route.
 */
import type { Browser, Response } from '@playwright/test';
import { VIEWPORT } from './config.ts';
import { openHall } from './hall.ts';
import { resourceStarts } from './pageScripts.ts';
import { inPage } from '../page/inPage.ts';
import { hallMarks, heapAfterGc, renderInfo, type RenderInfo } from '../page/hallProbes.ts';
import { gzipSize, kindOf, totalsByKind, type ByteSize, type Download, type KindTotals } from './sizes.ts';

export interface LoadMarks {
  contentReady: number | null;
  firstFrame: number | null;
  textReady: number | null;
  ready: number | null;
}

export interface FirstVisit {
  marks: LoadMarks;
  downloads: KindTotals;
  jsBeforeFirstFrame: ByteSize & { files: string[] };
  heapBytes: number | null;
  restingRenderInfo: RenderInfo;
  externalRequests: string[];
  failedRequests: string[];
}

const isLocal = (url: string) => {
  const { hostname, protocol } = new URL(url);
  return hostname === '127.0.0.1' || protocol === 'data:' || protocol === 'blob:';
};

export async function firstVisit(browser: Browser, url: string): Promise<FirstVisit> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'zh-CN' });
  const page = await context.newPage();
  const downloads: Download[] = [];
  const pending: Promise<void>[] = [];
  const externalRequests: string[] = [];
  const failedRequests: string[] = [];
  const seen = new Set<string>();
  page.on('request', (request) => {
    if (!isLocal(request.url())) externalRequests.push(request.url());
  });
  const record = async (response: Response) => {
    const target = response.url();
    if (!target.startsWith('http://127.0.0.1')) return;
    if (response.status() >= 400) failedRequests.push(`${response.status()} ${target}`);
    if (response.status() !== 200) return;
    const body = await response.body().catch(() => null);
    if (!body) return;
    if (seen.has(target)) return; // fetched again (e.g. a preloaded font re-requested by troika's worker)
    seen.add(target);
    const kind = kindOf(target, response.headers()['content-type'] ?? '');
    downloads.push({ url: target, kind, bytes: body.length, gzip: gzipSize(body) });
  };
  page.on('response', (response) => void pending.push(record(response)));
  try {
    await openHall(page, url);
    const raw = await inPage(page, hallMarks);
    const marks: LoadMarks = {
      contentReady: raw['hall:content-ready'] ?? null,
      firstFrame: raw['hall:first-frame'] ?? null,
      textReady: raw['hall:text-ready'] ?? null,
      ready: raw['hall:ready'] ?? null,
    };
    await page.waitForTimeout(500);
    const restingRenderInfo = await inPage(page, renderInfo);
    if (!restingRenderInfo) throw new Error('the hall probe (window.__hall) is gone');
    const heapBytes = await inPage(page, heapAfterGc);
    const starts = new Map(await inPage(page, resourceStarts));
    await Promise.all(pending);
    const cutoff = marks.firstFrame ?? Infinity;
    const early = downloads.filter((d) => d.kind === 'js' && (starts.get(d.url) ?? Infinity) < cutoff);
    return {
      marks,
      downloads: totalsByKind(downloads),
      jsBeforeFirstFrame: {
        raw: early.reduce((sum, d) => sum + d.bytes, 0),
        gzip: early.reduce((sum, d) => sum + d.gzip, 0),
        files: early.map((d) => new URL(d.url).pathname.replace(/^\//, '')),
      },
      heapBytes,
      restingRenderInfo,
      externalRequests,
      failedRequests,
    };
  } finally {
    await context.close();
  }
}
