import { expect, test, type Browser, type Page } from '@playwright/test';
import { audioPacketsReceived, contentText, serveContent } from './support.ts';

/**
 * The docent's voice over WebRTC, signalled through the tour room (the tour project: the tour server and
 * Chromium's fake microphone). Two cheap pages: small viewports, pixel ratio 0.5.
 * (Named *-tour.spec.ts so the tour project picks it up.)
 */
const DOCENT_CODE = 'expo-docent-2023'; // public/content/tour.json

/** A one-booth hall: the voice needs the tour panel, and two full halls building on two cores are slow. */
const oneBooth = (() => {
  const exhibition = JSON.parse(contentText) as { booths: { sector: string }[]; sectors: { id: string }[] };
  const booths = exhibition.booths.slice(0, 1);
  const sectors = exhibition.sectors.filter((s) => booths.some((b) => b.sector === s.id));
  return JSON.stringify({ ...exhibition, booths, sectors });
})();

async function hall(browser: Browser, path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 560, height: 360 } });
  const page = await context.newPage();
  // Counts microphone requests: a visitor must not ask for one until it asks a question.
  await page.addInitScript(() => {
    const w = window as unknown as { __micRequests: number };
    w.__micRequests = 0;
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = (constraints) => {
      w.__micRequests += 1;
      return original(constraints);
    };
  });
  await serveContent(page, oneBooth);
  await page.goto(path);
  // The voice needs the overlay, not the 3D hall: the tour panel works before the first frame, and the
  // test goes on while the hall builds (two halls on a loaded 2-core machine take minutes).
  await expect(page.getByTestId('group-tour-toggle')).toBeVisible({ timeout: 120_000 });
  return page;
}

const micRequests = (page: Page) =>
  page.evaluate(() => (window as unknown as { __micRequests: number }).__micRequests);

test('the docent speaks to a visitor; questions go back with push-to-talk; the voice survives drops', async ({
  browser,
}) => {
  const docent = await hall(browser, '?lang=en&dpr=0.5');
  await docent.getByTestId('group-tour-toggle').click();
  await docent.getByTestId('group-docent-code').fill(DOCENT_CODE);
  await docent.getByTestId('group-lead').click();
  const codeLine = docent.getByTestId('group-room-code');
  await expect(codeLine).toHaveAttribute('data-code', /^[2-9A-HJKMNP-Z]{6}$/);
  const code = (await codeLine.getAttribute('data-code'))!;

  const visitor = await hall(browser, `?lang=en&dpr=0.5#/tour/${code}`);
  await expect(visitor.getByTestId('group-code')).not.toHaveValue('');
  await visitor.getByTestId('group-join').click();
  await expect(visitor.getByTestId('group-following')).toHaveAttribute('data-following', 'true');

  // The docent starts speaking: the visitor's peer connection is up and audio packets arrive.
  await docent.getByTestId('voice-speak').click();
  await expect(docent.getByTestId('voice-reach')).toHaveText('Voice reaches 1 of 1 visitors');
  await expect.poll(() => audioPacketsReceived(visitor), { timeout: 60_000 }).toBeGreaterThan(0);
  await expect(visitor.getByTestId('voice-visitor')).toHaveAttribute('data-hearing', 'true');
  // Questions are closed: no push-to-talk, no microphone asked for.
  await expect(visitor.getByTestId('voice-ask')).toHaveCount(0);
  expect(await micRequests(visitor)).toBe(0);
  expect(await audioPacketsReceived(docent)).toBe(0);

  // Questions open: holding "Ask a question" reaches the docent.
  await docent.getByTestId('voice-questions').click();
  const ask = visitor.getByTestId('voice-ask');
  await ask.hover();
  await visitor.mouse.down();
  await expect(ask).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => audioPacketsReceived(docent), { timeout: 60_000 }).toBeGreaterThan(0);
  await visitor.mouse.up();
  expect(await micRequests(visitor)).toBe(1);

  // Questions closed again: the button goes, the visitor's microphone is released.
  await docent.getByTestId('voice-questions').click();
  await expect(ask).toHaveCount(0);
  await expect.poll(() => visitor.evaluate(() => window.__voice!.micLive())).toBe(false);

  // The visitor loses its peer connection (a headset asleep): the voice comes back.
  await visitor.evaluate(() => window.__voice!.dropPeer());
  await expect.poll(() => audioPacketsReceived(visitor), { timeout: 60_000 }).toBeGreaterThan(0);
  // A cut socket: after reconnecting, audio still arrives.
  await visitor.evaluate(() => window.__tour!.dropSocket());
  await expect
    .poll(() => visitor.evaluate(() => window.__tour!.status()), { timeout: 30_000 })
    .toBe('joined');
  const before = await audioPacketsReceived(visitor);
  await expect.poll(() => audioPacketsReceived(visitor), { timeout: 30_000 }).toBeGreaterThan(before);
});
