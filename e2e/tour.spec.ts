import { expect, test, type Browser, type Page } from '@playwright/test';
import { toolbarLayout } from '../src/controls/xr/vrPanels.ts';
import { content, pose } from './support.ts';
import { selectOnPanel } from './xrDriver.ts';

/**
 * A group tour end to end, against the tour server (static hall + Colyseus on one origin): a docent in
 * the browser, a visitor in the browser in English, a visitor in emulated VR (IWER) in Chinese, then a
 * kiosk screen that follows. Three SwiftShader pages share two cores, so each does as little as it can:
 * small viewports at pixel ratio 0.5 (rendered on demand), and the headset page is in VR (an XR frame
 * every ~0.5 s, both eyes, at the emulator's framebuffer scale) only for the checks that need it.
 */
const DOCENT_CODE = 'expo-docent-2023'; // public/content/tour.json
const [FIRST, SECOND, THIRD] = [content.booths[2]!, content.booths[5]!, content.booths[8]!];
const FOLLOW_BUTTON = toolbarLayout('zh', false, false, { following: true }).buttons.find(
  (b) => b.id === 'follow',
)!;

async function visitor(browser: Browser, path: string) {
  const context = await browser.newContext({ viewport: { width: 640, height: 400 } });
  const page = await context.newPage();
  await openHall(page, path);
  return page;
}

/** Like support's openHall, with room for three halls starting on two cores. */
async function openHall(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-hall-ready', 'true', { timeout: 180_000 });
}

async function joinAs(page: Page, name: string) {
  await expect(page.getByTestId('group-code')).not.toHaveValue('');
  await page.getByTestId('group-name').fill(name);
  await page.getByTestId('group-join').click();
  await expect(page.getByTestId('group-following')).toHaveAttribute('data-following', 'true');
}

const inSession = (page: Page) => page.evaluate(() => Boolean(window.__hallXR?.store.getState().session));

/** Records the headset visitor's place at every XR frame, to tell a teleport from a glide. */
async function recordXRPlaces(page: Page) {
  await page.evaluate(() => {
    const places: [number, number][] = [];
    (window as unknown as { xrPlaces: typeof places }).xrPlaces = places;
    const session = window.__hallXR!.store.getState().session!;
    const onFrame = () => {
      const { x, z } = window.__hall!.pose();
      places.push([x, z]);
      session.requestAnimationFrame(onFrame);
    };
    session.requestAnimationFrame(onFrame);
  });
  return () => page.evaluate(() => (window as unknown as { xrPlaces: [number, number][] }).xrPlaces);
}

test('a docent leads a browser visitor (en) and a VR visitor (zh); a kiosk screen follows', async ({
  browser,
}) => {
  test.setTimeout(480_000);
  // The heaviest page (emulator, Chinese text) starts first, while the machine is quiet.
  const zh = await visitor(browser, '?lang=zh&dpr=0.5&emulate');

  // Docent: unlock "Lead a group" with the docent code, get a room code, link and QR code.
  const docent = await visitor(browser, '?lang=zh&dpr=0.5');
  await docent.getByTestId('group-tour-toggle').click();
  await docent.getByTestId('group-docent-code').fill(DOCENT_CODE);
  await docent.getByTestId('group-lead').click();
  const codeLine = docent.getByTestId('group-room-code');
  await expect(codeLine).toHaveAttribute('data-code', /^[2-9A-HJKMNP-Z]{6}$/);
  const code = (await codeLine.getAttribute('data-code'))!;
  await expect(docent.getByTestId('group-link')).toContainText(`#/tour/${code}`);
  await expect(docent.getByTestId('group-qr')).toBeVisible();

  // A wrong code is refused.
  const en = await visitor(browser, `?lang=en&dpr=0.5#/tour/ZZZZZZ`);
  await en.getByTestId('group-join').click();
  await expect(en.getByTestId('group-error')).toHaveText('No group has that code.');

  // Join by link (English browser visitor) and by typed code (Chinese VR visitor).
  await openHall(en, `?lang=en&dpr=0.5#/tour/${code}`);
  await joinAs(en, 'Ada');
  await zh.getByTestId('group-tour-toggle').click();
  await zh.getByTestId('group-code').fill(code.toLowerCase());
  await joinAs(zh, '小明');

  // The docent sees who follows.
  const members = docent.getByTestId('group-members').locator('li');
  await expect(members).toHaveCount(2);
  await expect(members.filter({ hasText: 'Ada' })).toHaveAttribute('data-following', 'true');
  await expect(members.filter({ hasText: '小明' })).toHaveAttribute('data-following', 'true');

  // The headset visitor enters VR (on this narrow screen Enter VR is in the top bar's menu).
  await zh.getByTestId('top-bar-menu').click();
  await zh.getByTestId('enter-vr').click();
  await expect.poll(() => inSession(zh)).toBe(true);
  const xrPlaces = await recordXRPlaces(zh);
  const before = await pose(zh);

  // Gather at a booth: both arrive, each panel in its own language; in VR by a teleport, never a glide.
  await docent.evaluate((id) => (window.location.hash = `#/booth/${id}`), FIRST.id);
  await expect(docent.locator('#booth-panel-title')).toHaveText(FIRST.title.zh);
  await docent.getByTestId('group-gather').click();
  await expect(en.locator('#booth-panel-title')).toHaveText(FIRST.title.en);
  await expect(zh.locator('#booth-panel-title')).toHaveText(FIRST.title.zh);
  await expect.poll(() => zh.evaluate(() => window.__hall!.isShown('vr-booth-panel'))).toBe(true);
  // All three stand at the booth's viewing spot (the docent walked there, the visitors followed).
  for (const page of [en, zh])
    await expect
      .poll(async () => {
        const [at, docentAt] = [await pose(page), await pose(docent)];
        return Math.hypot(at.x - docentAt.x, at.z - docentAt.z);
      })
      .toBeLessThan(1);
  const after = await pose(zh);
  const between = (await xrPlaces()).filter(
    ([x, z]) => Math.hypot(x - before.x, z - before.z) > 0.05 && Math.hypot(x - after.x, z - after.z) > 0.05,
  );
  expect(Math.hypot(after.x - before.x, after.z - before.z)).toBeGreaterThan(2);
  expect(between).toEqual([]); // no XR frame saw the visitor on the way: a teleport

  // Everyone sees the others' avatars; the docent's laser dot is visible to the visitors.
  for (const page of [docent, en, zh])
    await expect.poll(() => page.evaluate(() => window.__tour!.avatarsShown())).toBe(2);
  await docent.mouse.move(320, 200);
  await expect.poll(() => en.evaluate(() => window.__tour!.pointerShown())).toBe(true);

  // In VR, the toolbar's follow button leaves the group and rejoins it; its line says which.
  const xiaoming = members.filter({ hasText: '小明' });
  await expect.poll(() => zh.evaluate(() => window.__hall!.isShown('vr-toolbar'))).toBe(true);
  await selectOnPanel(zh, 'vr-toolbar', FOLLOW_BUTTON.x, FOLLOW_BUTTON.y);
  await expect(xiaoming).toHaveAttribute('data-following', 'false');
  await expect(zh.getByTestId('group-following')).toHaveAttribute('data-following', 'false');
  await selectOnPanel(zh, 'vr-toolbar', FOLLOW_BUTTON.x, FOLLOW_BUTTON.y);
  await expect(xiaoming).toHaveAttribute('data-following', 'true');
  // Out of VR: the headset visitor goes on following in the browser view.
  await zh.evaluate(() => window.__hallXR!.store.getState().session?.end());
  await expect.poll(() => inSession(zh)).toBe(false);

  // Ada roams: the docent's next booth does not pull her; rejoining brings her there.
  await en.getByTestId('group-follow-toggle').click();
  await expect(en.getByTestId('group-following')).toHaveAttribute('data-following', 'false');
  await expect(members.filter({ hasText: 'Ada' })).toHaveAttribute('data-following', 'false');
  await docent.evaluate((id) => (window.location.hash = `#/booth/${id}`), SECOND.id);
  await docent.getByTestId('group-gather').click();
  await expect(zh.locator('#booth-panel-title')).toHaveText(SECOND.title.zh);
  await expect(en.locator('#booth-panel-title')).toHaveText(FIRST.title.en);
  await en.getByTestId('group-follow-toggle').click();
  await expect(en.getByTestId('group-following')).toHaveAttribute('data-following', 'true');
  await expect(en.locator('#booth-panel-title')).toHaveText(SECOND.title.en);

  // A cut socket: the visitor sees it reconnecting, then is back in the group, still following.
  // (Its first tries are held back, or the loopback reconnection would beat the check.)
  await en.route('**/matchmake/reconnect/**', (route) => route.abort());
  await en.evaluate(() => window.__tour!.dropSocket());
  await expect(en.getByTestId('group-reconnecting')).toBeVisible();
  await expect(members.filter({ hasText: 'Ada' })).toHaveAttribute('data-connected', 'false');
  await en.unroute('**/matchmake/reconnect/**');
  await expect.poll(() => en.evaluate(() => window.__tour!.status())).toBe('joined');
  await expect(en.getByTestId('group-reconnecting')).toHaveCount(0);
  await expect(members.filter({ hasText: 'Ada' })).toHaveAttribute('data-connected', 'true');
  await expect(en.getByTestId('group-following')).toHaveAttribute('data-following', 'true');

  // A kiosk joins as the big screen (the English visitor's page, reused): no name asked, listed apart.
  await zh.close();
  await openHall(en, `?kiosk&dpr=0.5&tour=${code}`);
  await expect(en.getByTestId('kiosk-spectating')).toBeVisible();
  await expect(en.getByTestId('attract-cta')).toHaveCount(0);
  await expect(docent.getByTestId('group-screens')).toHaveText('跟随的大屏: 大屏');
  await docent.evaluate((id) => (window.location.hash = `#/booth/${id}`), THIRD.id);
  await docent.getByTestId('group-gather').click();
  await expect(en.locator('#booth-panel-title')).toHaveText(THIRD.title.zh); // the kiosk's language
  // The docent ends the tour: the kiosk goes back to its attract loop.
  await docent.getByTestId('group-end').click();
  await expect(en.getByTestId('kiosk-spectating')).toHaveCount(0);
  await expect(en.getByTestId('attract-cta')).toBeVisible();
});

test('without a tour server (a static deploy), the tour UI says so in one line and the hall works', async ({
  page,
}) => {
  await page.route('**/tour-server.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await openHall(page, '?lang=en');
  await page.getByTestId('group-tour-toggle').click();
  await expect(page.getByTestId('group-unavailable')).toHaveText(
    'Group tours need the tour server; the hall works on its own.',
  );
  await expect(page.getByTestId('group-join')).toHaveCount(0);
});
