import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { content, watchExternalRequests } from './support.ts';

/**
 * Visit statistics (kiosk issue): booth visits and dwell counted on the device, shown behind the
 * operator PIN at `#/operator`, exported as CSV. Runs in kiosk mode (`?kiosk`), where statistics are on.
 *
 * Wiring: HallView mounts useVisitStatistics(kiosk) and the OperatorPage on `#/operator`; KioskLayer
 * reports tour interruptions and idle resets.
 *
 * The kiosk starts its attract loop as soon as its settings load, which closes any booth panel and
 * switches to `defaultLang` / `languageRotation`: so these tests serve kiosk.json in English only (its
 * PIN hash is the file's own), hand over with a tap, and only then open the booth. Dwell comes from a
 * fixed clock moved on by the visit's length (see visitBooth), not from a wait.
 */

// Each kiosk load typesets the whole hall under SwiftShader; the lockout test loads it twice.
test.describe.configure({ timeout: 180_000 });
// The offline service worker would answer a reload's kiosk.json from its cache, past `page.route`.
test.use({ serviceWorkers: 'block' });

const kioskSettings = JSON.parse(readFileSync('public/content/kiosk.json', 'utf8')) as Record<
  string,
  unknown
>;
/** The demo passcode whose salted hash public/content/kiosk.json holds (README: change it). */
const PIN = '2023051800';
const TV_HOST = content.booths.find((b) => b.id === 'virtual-tv-host')!;
const TV_HOST_NUMBER = content.booths.indexOf(TV_HOST) + 1;

/** Kiosk mode in English, the attract loop running, then a visitor's tap hands control over. */
async function openKiosk(page: Page) {
  await page.route('**/content/kiosk.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      // No idle reset during a test: on a loaded machine its steps took longer than the 90 s timeout, the
      // kiosk went back to its attract loop, and the next tap counted a second tour interruption.
      body: JSON.stringify({
        ...kioskSettings,
        defaultLang: 'en',
        languageRotation: ['en'],
        idleTimeoutSeconds: 3600,
      }),
    }),
  );
  // Only the DOM is read here: half the pixel ratio makes the attract loop's frames a quarter as costly.
  await page.goto('?lang=en&kiosk&dpr=0.5');
  // Only the DOM is read: the first hall frame (the loading card gone) is enough; the 3D text that streams
  // in after it is not waited for.
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 60_000 });
  const cta = page.getByTestId('attract-cta');
  await expect(cta).toBeVisible();
  await page.mouse.click(40, 300);
  await expect(cta).toHaveCount(0);
}

/**
 * Open a booth as a deep link would, stay `ms`, close the panel with Esc. The dwell is measured in wall
 * time (Date.now), so the page's Date.now stands still while the panel opens and then jumps by exactly
 * `ms`; afterwards it runs on from there. Only Date.now is replaced: Playwright's clock (install or
 * setFixedTime) also fakes timers and animation frames, and after it clicks stalled for minutes waiting
 * for the pad's keys to be "stable" on SwiftShader.
 */
async function visitBooth(page: Page, boothId: string, ms: number) {
  await page.evaluate((id) => {
    const real = Date.now.bind(Date);
    let frozen = real();
    Date.now = () => frozen;
    const clock = window as unknown as { advanceClock: (ms: number) => void; releaseClock: () => void };
    clock.advanceClock = (ms) => (frozen += ms);
    clock.releaseClock = () => {
      const offset = frozen - real();
      Date.now = () => real() + offset;
    };
    window.location.hash = `#/booth/${id}`;
  }, boothId);
  const panel = page.locator(`.booth-panel[data-booth-id="${boothId}"]`);
  await expect(panel).toBeVisible(); // the visit started when the store selected the booth, before this
  await page.evaluate(
    (ms) => (window as unknown as { advanceClock: (ms: number) => void }).advanceClock(ms),
    ms,
  );
  await page.keyboard.press('Escape');
  await expect(page.locator('.booth-panel')).toHaveCount(0);
  await page.evaluate(() => (window as unknown as { releaseClock: () => void }).releaseClock());
}

async function openOperatorPage(page: Page) {
  await page.evaluate(() => {
    window.location.hash = '#/operator';
  });
  await expect(page.getByTestId('pin-pad')).toBeVisible();
}

/** Type on the pad with taps, as an operator would (no keyboard on the kiosk). */
async function tapPin(page: Page, pin: string) {
  for (const digit of pin) await page.getByTestId(`pin-key-${digit}`).click();
  await page.getByTestId('pin-key-ok').click();
}

test('the statistics count a booth visit', async ({ page }) => {
  const external = watchExternalRequests(page);
  await openKiosk(page);
  await visitBooth(page, TV_HOST.id, 3_000);

  await openOperatorPage(page);
  await tapPin(page, PIN);
  const row = page.getByTestId('operator-booths').locator(`tr[data-booth-id="${TV_HOST.id}"]`);
  await expect(row).toContainText(TV_HOST.title.en);
  await expect(row).toContainText(String(TV_HOST_NUMBER).padStart(2, '0'));
  await expect(row.getByTestId('visits')).toHaveText('1');
  // Only that booth was visited.
  await expect(page.getByTestId('operator-summary')).toContainText(/^1 visit,/);
  // Today's counters: this page load, and the tap that stopped the attract loop.
  const today = page.getByTestId('operator-days').locator('tbody tr');
  await expect(today).toHaveCount(1);
  await expect(today.getByTestId('day-visits')).toHaveText('1');
  await expect(today.getByTestId('day-tour-interruptions')).toHaveText('1');
  await expect(today.getByTestId('day-sessions')).toHaveText('1');
  await page.screenshot({ path: 'test-results/operator-statistics.png', fullPage: true });

  const downloading = page.waitForEvent('download');
  await page.getByTestId('operator-export').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^expo-stats-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff); // BOM: Excel opens the Chinese titles as UTF-8
  const lines = csv.slice(1).split('\r\n');
  expect(lines[0]).toBe('date,booth_id,booth_title_zh,booth_title_en,visits,dwell_seconds');
  const tvHost = lines.find((line) => line.split(',')[1] === TV_HOST.id);
  expect(tvHost).toBeDefined();
  const [date, , zh, en, visits, seconds] = tvHost!.split(',');
  expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect([zh, en, visits]).toEqual([TV_HOST.title.zh, TV_HOST.title.en, '1']);
  expect(seconds).toBe('3'); // exactly the 3 s the clock moved on while the panel was open

  // Nothing went anywhere: the export is a local file, the statistics stay on the device.
  expect(external).toEqual([]);
});

test('the operator PIN: wrong PINs are refused, the PIN never shows, back leads to the hall', async ({
  page,
}) => {
  await openKiosk(page);
  await openOperatorPage(page);
  // The keyboard works as well as the pad.
  await page.keyboard.type('1111');
  await expect(page.getByTestId('pin-dots').locator('span')).toHaveCount(4);
  await expect(page.getByTestId('pin-dots')).toHaveText('');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pin-message')).toHaveText('That PIN is not right. 4 tries left.');
  await expect(page.getByTestId('operator-stats')).toHaveCount(0);
  await expect(page).toHaveURL(/#\/operator$/);

  await tapPin(page, PIN);
  await expect(page.getByTestId('operator-stats')).toBeVisible();
  await expect(page.getByTestId('operator-booths').locator('tbody tr')).toHaveCount(content.booths.length);
  await page.getByTestId('operator-back').click();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByTestId('operator-page')).toHaveCount(0);

  // Leaving forgets the PIN.
  await openOperatorPage(page);
  await expect(page.getByTestId('operator-stats')).toHaveCount(0);
});

test('five wrong PINs lock the pad for a minute', async ({ page }) => {
  // The lockout is wall time (Date.now), which stands still here (in every load of the page), so that
  // minute cannot run out while the page reloads: on a loaded machine the reload alone took longer than a
  // minute and the pad was open again. (Only Date.now: Playwright's clock stalls clicks, see visitBooth.)
  await page.addInitScript((now) => {
    Date.now = () => now;
  }, Date.now());
  await openKiosk(page);
  await openOperatorPage(page);
  for (let i = 0; i < 4; i++) await tapPin(page, '0000');
  // Plural rules: "1 try", not "1 tries".
  await expect(page.getByTestId('pin-message')).toHaveText('That PIN is not right. 1 try left.');
  await tapPin(page, '0000');
  await expect(page.getByTestId('pin-message')).toContainText('Too many wrong tries');
  await expect(page.getByTestId('pin-key-2')).toBeDisabled();
  // A reload does not lift the lockout.
  await page.reload();
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 60_000 });
  await openOperatorPage(page);
  await expect(page.getByTestId('pin-message')).toContainText('Too many wrong tries');
  await expect(page.getByTestId('pin-key-2')).toBeDisabled();
});

test('clearing the statistics asks first', async ({ page }) => {
  await openKiosk(page);
  await visitBooth(page, TV_HOST.id, 2_500);
  await openOperatorPage(page);
  await tapPin(page, PIN);
  const visits = page.locator(`tr[data-booth-id="${TV_HOST.id}"]`).getByTestId('visits');
  await expect(visits).toHaveText('1');

  await page.getByTestId('operator-clear').click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(visits).toHaveText('1');

  await page.getByTestId('operator-clear').click();
  await page.getByTestId('operator-clear-yes').click();
  await expect(page.getByText('The statistics have been cleared.')).toBeVisible();
  await expect(visits).toHaveText('0');
});

test('a refused content update: the kiosk keeps its hall, the operator page names the problem', async ({
  page,
}) => {
  // The good visit keeps a copy of the exhibition; then a broken one is deployed.
  await openKiosk(page);
  const broken = JSON.parse(readFileSync('public/content/exhibition.json', 'utf8'));
  delete broken.booths[3].title.en;
  await page.route('**/content/exhibition.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken) }),
  );
  await page.reload();
  // The hall opens (the DOM is what this test reads: the loading card gone is enough).
  await expect(page.getByTestId('refused-update-notice')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByTestId('error-screen')).toHaveCount(0);
  await openOperatorPage(page);
  await tapPin(page, PIN);
  const report = page.getByTestId('operator-refused-update');
  await expect(report).toContainText('A content update was refused');
  await expect(report).toContainText('content/exhibition.json → booths[3].title.en');
  // The booth the broken file lacked is still there, with its title.
  await expect(page.getByTestId('operator-booths').locator('tbody tr')).toHaveCount(content.booths.length);
});
