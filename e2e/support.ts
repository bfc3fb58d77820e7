import { expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';

export const content = JSON.parse(readFileSync('public/content/exhibition.json', 'utf8')) as {
  booths: { id: string; title: { zh: string; en: string }; organizations: { zh: string; en: string }[] }[];
};

/** Open the hall and wait for the named ready signal (never a sleep). */
export async function openHall(page: Page, path = '') {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-hall-ready', 'true', { timeout: 60_000 });
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
