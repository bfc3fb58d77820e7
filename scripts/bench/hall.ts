/** Opening the hall in a page and waiting for its ready signal, with a clear error when it never comes. */
import type { Page } from '@playwright/test';
import { ROUTE_TIMING } from './config.ts';

const READY = 'html[data-hall-ready="true"]';
const ERROR = '[data-testid="error-screen"]';

/** Navigate and wait until a frame with all 3D text has been drawn (`data-hall-ready`). */
export async function openHall(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const outcome = await page
    .waitForSelector(`${READY}, ${ERROR}`, { timeout: ROUTE_TIMING.readyTimeoutMs, state: 'attached' })
    .then(async (element) =>
      (await element.getAttribute('data-testid')) === 'error-screen' ? 'error' : 'ready',
    )
    .catch(() => 'timeout' as const);
  if (outcome === 'ready') return;
  const shows = ((await page.evaluate('document.body.innerText').catch(() => '')) as string)
    .replace(/\s+/g, ' ')
    .slice(0, 400);
  const why =
    outcome === 'error'
      ? 'the app shows its error screen'
      : `the hall was not ready within ${ROUTE_TIMING.readyTimeoutMs / 1000} s`;
  throw new Error(`${why} at ${url}; the page shows: "${shows}"`);
}
